# The command line's own words in Portuguese (Portugal) — DRAFT for native review (issue #22).
# Translated from en.ftl by the developers with docs/translations/glossary.pt.md; not yet read by a
# Portuguese-speaking pharmacist. Send corrections as changes to this file. Never `--help` (English)
# and never `--json`. Ids, $arguments and selector keys stay as in en.ftl; the comments are
# English's, to keep the files comparable. Plurals (pt-PT): [one] for 1, *[other] the rest (0
# included). Codes, commands, GTINs, lots, serials, usernames and statuses printed as codes
# (in_stock, quarantined) are never translated.

# The language a command speaks, when asked with --lang.
# $lang (text): the language's own name
cli-speaking = Falo { $lang }.

## Words every command uses

cli-yes = sim
cli-no = não
# Column headers shared by several tables.
cli-col-gtin = GTIN
cli-col-product = produto
cli-col-location = localização
cli-col-name = nome
cli-col-by = por
cli-col-occurred = ocorrido
cli-col-recorded = registado
cli-col-expired = expirado
cli-col-serial = n.º de série
cli-col-lot = lote
cli-col-expiry = validade
cli-col-status = estado
cli-col-quantity = quantidade
cli-col-outcome = resultado
cli-col-min = ponto de encomenda
cli-col-max = nível-alvo
# Refused when neither --as nor CUSTODY_USER names who acts.
cli-who-is-acting = quem age? indique --as UTILIZADOR ou defina CUSTODY_USER
# Refused when neither --db nor CUSTODY_DB names the database.
cli-no-database = nenhuma base de dados indicada: indique --db CAMINHO ou defina CUSTODY_DB
# The prompt for the acting user's password (a trailing space follows it).
# $user (text): the username
cli-password-for = Palavra-passe de { $user }:{" "}
# The prompt for the password that signs an action.
# $meaning (text): what the signature means (a code such as "approval")
cli-password-to-sign = Volte a introduzir a sua palavra-passe para assinar ({ $meaning }):{" "}
# The prompt for a new password.
# $user (text): whose password
cli-new-password-for = Nova palavra-passe de { $user }:{" "}
cli-new-password-again = Novamente:{" "}

## receive, dispense, transfer, return, quarantine, release, destroy, return-to-supplier

# The verdict of one scan, at the start of its line (padded to 8 characters).
scan-accepted = ACEITE
scan-warning = AVISO
scan-asks = PERGUNTA
scan-blocked = BLOQUEADO
# A lot-tracked scan: the product's GTIN, its lot and how many.
# $gtin (text): the GTIN
# $lot (text): the lot
# $quantity (number): how many units
scan-lot-pack = { $gtin } lote { $lot } ×{ $quantity }
# A further finding of the same scan.
# $code (text): the finding's code
# $message (text): its sentence
scan-also = também { $code }: { $message }
# How a held or overridden pack was recorded.
# $status (text): its status (a code such as "quarantined")
scan-recorded = registada como { $status }
# $status (text): its status (a code such as "quarantined")
# $location (text): the location's code
scan-recorded-at = registada como { $status } em { $location }

## scan image

# One code found in a photo: its kind, its symbology identifier and where it is.
# $format (text): the kind of symbol (a code such as "data_matrix")
# $symbology (text): its symbology identifier, such as "]d2"
# $position (text): its place in pixels, "left,top–right,bottom"
scan-image-code = { $format } { $symbology } em { $position }

# The data of a code as read, each group separator shown as <GS>.
# $raw (text): the data
scan-image-raw = dados: { $raw }

# What the code's data decodes to.
# $fields (text): the fields, such as "gtin 09506000134352, lot ABC123"
scan-image-fields = descodificado: { $fields }

# A code whose data does not decode as pack data.
# $message (text): the decoder's sentence
scan-image-not-decoded = não descodificado: { $message }

# A photo in which no code could be read.
scan-image-none = nenhum código encontrado

# A HEIC/HEIF photo, refused.
scan-image-heic = as fotografias HEIC não são suportadas; exporte a fotografia como JPEG ou PNG

# A file that is neither a JPEG, a PNG nor a HEIC photo.
# $found (text): what it looks like ("GIF", "PDF", "an empty file", …)
scan-image-unknown-format = não é uma fotografia JPEG nem PNG: encontrado { $found }

# A JPEG or PNG whose pixels could not be decoded.
# $format (text): "JPEG" or "PNG"
# $reason (text): the image decoder's reason, in English
scan-image-unreadable = não foi possível descodificar o { $format }: { $reason }

# A file that could not be read, and why.
# $file (text): the file
# $reason (text): why
scan-image-refused = { $file }: { $reason }

## stock, history

stock-col-in-stock = em stock
stock-col-quarantined = em quarentena
stock-col-earliest-expiry = validade mais próxima
# A lot's history, first line.
# $product (text): the product's name
# $lot (text): the lot
# $expiry (text): its expiry date, or nothing
history-lot = { $product } — lote { $lot } (validade { $expiry })
# $count (number): how many packs
# $status (text): their status (a code such as "in_stock")
history-lot-packs = { $count } { $count ->
        [one] embalagem
       *[other] embalagens
    } { $status }
# $quantity (number): how many units
# $status (text): their status (a code)
# $location (text): the location's code
history-lot-quantity = { $quantity } { $status } em { $location }
# A pack's history, first line.
# $product (text): the product's name
# $gtin (text): the GTIN
# $serial (text): the serial number
history-pack = { $product } — GTIN { $gtin } n.º de série { $serial }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
history-pack-state = lote { $lot }, validade { $expiry }, { $status }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
# $location (text): the location's code
history-pack-at = lote { $lot }, validade { $expiry }, { $status } em { $location }
# Where a pack was before its first event.
history-new = nova
# Who recorded an event.
# $name (text): the person's full name
# $user (text): their username
history-by = por { $name } ({ $user })
# $at (text): when the event was recorded
history-recorded = registado em { $at }
# $partner (text): the trading partner's code
history-partner = parceiro { $partner }
# $reference (text): the document's reference
history-reference = ref.ª { $reference }
# $reason (text): the reason given
history-reason = motivo: { $reason }
# $meaning (text): what the signature means (a code)
# $name (text): who signed
history-signed = assinado ({ $meaning }) por { $name }
# $scan (text): the scan as the scanner sent it
history-scan = leitura { $scan }
# $quantity (number): how many units
history-quantity = quantidade { $quantity }
# $event (text): the event's id
# $hash (text): the start of its hash
history-event = evento { $event } impressão { $hash }
# A pack written off (custody write-off): reported stolen, or taken as a sample.
# $serial (text): the serial number
# $status (text): its status now (missing, transferred_out)
# $location (text): the location's code it was held at
write-off-done = A embalagem { $serial } está agora { $status ->
        [missing] em falta
        [transferred_out] fora da unidade
       *[other] { $status }
    } (estava em { $location }).
# $id (number): the national request queued with it
write-off-decommission = A sua desativação nacional está em fila como pedido { $id }.
write-off-no-decommission = Nenhuma desativação nacional foi posta em fila: a unidade não desativa, ou já existe uma para esta embalagem (um hospital que desativa na receção fê-la então).

## user

user-col-change = alteração
user-col-role = perfil
user-col-active = ativo
user-col-username = utilizador
# $user (text): the username
# $name (text): the full name
# $role (text): the role (a code such as "staff")
user-added = Utilizador { $user } adicionado ({ $name }, { $role }).
# $user (text): the username
user-password-set = Palavra-passe de { $user } definida.
# $user (text): the username
# $name (text): the full name
user-enabled = { $user } ({ $name }) ativado.
# $user (text): the username
# $name (text): the full name
user-disabled = { $user } ({ $name }) desativado; os seus registos mantêm o nome.
# $user (text): the username
# $name (text): the full name
# $role (text): the new role (a code such as "manager")
user-role-set = { $user } ({ $name }) tem agora o perfil { $role }.
# $lang (text): the language's own name
user-language-chosen = A sua escolha: { $lang }.
user-language-none = Não escolheu nenhum idioma: inglês aqui, o idioma do computador na aplicação.
# $lang (text): the language's own name
user-language-set = O Custody fala-lhe agora em { $lang }.
user-language-cleared = A sua escolha de idioma foi esquecida: inglês aqui, o idioma do computador na aplicação.

## count

# A count's first line.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info = Contagem { $count } em { $location }: { $status } (iniciada em { $at } por { $user })
# The same, for a blind count.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info-blind = Contagem { $count } em { $location }: { $status } (às cegas, iniciada em { $at } por { $user })
# After the first line, when the count covers some products only.
# $products (text): their GTINs
count-info-products = ; produtos { $products }
# $counted (number): packs counted so far
# $expected (number): packs the ledger expects
count-counted-of = { $counted } de { $expected } { $expected ->
        [one] embalagem esperada contada
       *[other] embalagens esperadas contadas
    }
# $counted (number): packs counted so far
count-counted = { $counted } { $counted ->
        [one] embalagem contada
       *[other] embalagens contadas
    }
# $quantity (number): units of lot-tracked stock counted
count-lot-counted = { $quantity } { $quantity ->
        [one] unidade controlada por lote contada
       *[other] unidades controladas por lote contadas
    }
# A list of packs in a variance, with its title.
# $title (text): one of the count-missing … count-arrived-during titles
# $count (number): how many packs
count-section = { $title } ({ $count }):
count-missing = Em falta: esperadas aqui, não contadas
count-unexpected = Encontradas aqui, registadas noutro local
count-wrong-status = Estado errado: suspeitas (ou reencontradas se registadas em falta)
count-not-received = Nunca rececionadas aqui
count-left-during = Saíram durante a contagem (contabilizadas)
count-arrived-during = Chegaram durante a contagem, não contadas (sem ajuste)
count-col-ledger-says = segundo o registo
# $status (text): a status (a code)
# $location (text): the location's code
count-status-at = { $status } em { $location }
count-never-received-cell = nunca rececionada aqui
# $found (number): packs found where the ledger has them
count-found-clean = { $found } { $found ->
        [one] embalagem encontrada
       *[other] embalagens encontradas
    } como esperado; sem diferenças.
# $found (number): packs found where the ledger has them
count-found = { $found } { $found ->
        [one] embalagem encontrada
       *[other] embalagens encontradas
    } como esperado.
count-lots = Lotes:
count-col-expected = esperado
count-col-counted = contado
count-col-difference = diferença
# $count (number): the count's number
count-scan-with = Leia com: custody count scan { $count } < scans.txt
count-none = Nenhuma contagem.
count-col-count = contagem
count-col-started = iniciada
count-col-kind = tipo
count-col-note = nota
count-kind-all = todos os produtos
count-kind-blind-all = às cegas, todos os produtos
# $products (number): how many products the count covers
count-kind-some = { $products } { $products ->
        [one] produto
       *[other] produtos
    }
# $products (number): how many products the count covers
count-kind-blind-some = às cegas, { $products } { $products ->
        [one] produto
       *[other] produtos
    }
# $counted (number): packs counted
# $expected (number): packs expected
count-n-of = { $counted } de { $expected }
# $count (number): the count's number
# $missing (number): packs recorded missing
# $moved (number): packs moved here
# $found (number): packs found again
# $quarantined (number): suspect packs put in quarantine
# $added (number): units added to lots
# $removed (number): units removed from lots
# $events (number): ledger events written
count-applied = Contagem { $count } aplicada: { $missing } em falta, { $moved } transferida(s) para aqui, { $found } reencontrada(s), { $quarantined } suspeita(s) para quarentena; lotes +{ $added } / -{ $removed }; { $events } { $events ->
        [one] evento
       *[other] eventos
    } no registo.
# $count (number): the count's number
count-abandoned = Contagem { $count } abandonada; nada foi escrito no registo.

## reorder, shortages, expiring, alert-windows, position

# A number of days in a table cell.
# $days (number): how many days
cli-days-short = { $days } d
levels-col-lead-time = prazo
levels-col-on-hand = disponível
levels-col-usable = utilizável
levels-col-held = retido
levels-col-per-day = por dia
levels-col-cover = cobertura
levels-col-stock-out = rutura em
levels-col-order = encomenda
levels-col-why = porquê
# $product (text): the product's name
# $location (text): the location's code
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-set = { $product } em { $location }: encomendar abaixo de { $min }, até { $max }, prazo { $days } { $days ->
        [one] dia
       *[other] dias
    }.
# $rules (number): how many rules
reorder-imported = { $rules } { $rules ->
        [one] regra de reposição definida
       *[other] regras de reposição definidas
    }.
# $rules (number): how many rules
reorder-saved = { $rules } { $rules ->
        [one] regra guardada
       *[other] regras guardadas
    }.
# $rules (number): how many suggestions
reorder-suggested = { $rules } { $rules ->
        [one] sugestão
       *[other] sugestões
    }; --apply guarda-as.
# custody reorder history: every change of a rule, newest first.
reorder-history-col-changed = alterada
reorder-history-col-before = antes
reorder-history-col-after = depois
# A rule's levels in the history's before and after columns.
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-history-levels = mín { $min }, máx { $max }, { $days } d
# Before a change that made a new rule.
reorder-history-new = (regra nova)
# After a change that removed the rule.
reorder-history-removed = (removida)
reorder-history-none = Nenhuma regra de reposição foi alterada.
shortages-none = Sem ruturas: cada produto com regra de reposição tem cobertura utilizável suficiente.
# $days (text): the windows, e.g. "30, 60, 90"
alert-windows = Janelas de alerta de validade: { $days } dias.
expiring-col-window = janela
expiring-col-days = dias
expiring-col-qty = qtd.
expiring-col-value = valor
# The window of stock already expired.
expiring-expired = EXPIRADO
# $days (number): the alert window in days
expiring-within = ≤{ $days } d

## recall

recall-class-i = Classe I
recall-class-ii = Classe II
recall-class-iii = Classe III
recall-class-withdrawal = Retirada do mercado
# A recall entered, imported or extended.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-entered = Retirada { $recall } introduzida ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-imported = Retirada { $recall } importada ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-extended = Retirada { $recall } alargada ({ $class }): { $title }.
# $units (number): packs put in quarantine
# $quantity (number): units of lot-tracked stock put in quarantine
# $events (number): ledger events written
# $recall (text): the recall's number
recall-held = Colocadas em quarentena no local: { $units } { $units ->
        [one] embalagem
       *[other] embalagens
    } e { $quantity } unidade(s) controlada(s) por lote, em { $events } { $events ->
        [one] evento
       *[other] eventos
    } do registo com a referência { $recall }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
recall-header = Retirada { $recall }  { $class }
# The labels of a recall's details; the values are lined up after the longest.
recall-label-reason = Motivo:
recall-label-instructions = Instruções:
recall-label-issued = Emitida:
recall-label-entered = Introduzida:
recall-label-closed = Encerrada:
recall-label-status = Estado:
recall-label-scope = Âmbito:
# $date (text): the date the recall was issued
# $issuer (text): who issued it
recall-issued-by = { $date } por { $issuer }
# $at (text): when it was entered
# $user (text): who entered it
recall-entered-by = { $at } por { $user }
# $at (text): when it was closed
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
recall-closed-by = { $at }, assinada ({ $meaning }) por { $user }
recall-status-open = aberta
recall-closed-cell = encerrada
# $units (number): packs in the recall's reach
# $in_stock (number): of them in stock
# $quarantined (number): quarantined
# $dispensed (number): dispensed
# $transferred (number): transferred out
# $returned (number): returned to the supplier
# $destroyed (number): destroyed
# $missing (number): missing
recall-reach = Alcance: { $units } { $units ->
        [one] embalagem
       *[other] embalagens
    }: { $in_stock } em stock, { $quarantined } em quarentena, { $dispensed } dispensada(s), { $transferred } transferida(s) para fora, { $returned } devolvida(s) ao fornecedor, { $destroyed } destruída(s), { $missing } em falta
# $held (number): units of lot-tracked stock held
# $issued (number): units of lot-tracked stock issued
# $expected (number): packs still expected on open shipments
# $not_received (number): serials never received here
recall-reach-lots = controlado por lote: { $held } retido(s), { $issued } saído(s); { $expected } ainda esperado(s) em remessas abertas; { $not_received } { $not_received ->
        [one] número de série nunca rececionado
       *[other] números de série nunca rececionados
    } aqui
# $open (number): items that still need an outcome
recall-reach-open = Abertos: { $open } { $open ->
        [one] item precisa de um resultado
       *[other] itens precisam de um resultado
    }
# $serial (text): a serial number
recall-serial = n.º de série { $serial }
# $lot (text): a lot
recall-lot = lote { $lot }
# $shipment (text): the shipment's reference
# $pack (text): the GTIN with its serial or lot
# $quantity (number): how many
recall-still-expected = Ainda esperado em { $shipment }: { $pack } (quantidade { $quantity })
# $pack (text): the pack never received
recall-never-received = Nunca rececionado aqui: { $pack }
# An item that still needs an outcome.
recall-open-cell = ABERTO
recall-col-where = onde
recall-col-since = desde
recall-col-document = documento
recall-col-number = número
recall-col-class = classe
recall-col-issued = emitida
recall-col-title = título
recall-col-packs = embalagens
recall-col-open = abertos
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
# $user (text): who entered it there
recall-shared-already = O servidor central já tem a retirada { $recall } (retirada de rede { $network }, introduzida por { $user }): nada de novo foi introduzido.
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
recall-shared = Retirada { $recall } partilhada: retirada de rede { $network } no servidor central; cada unidade que usa o produto recebe-a na próxima sincronização.
# $notices (number): how many recall notices the file holds
recall-several = O ficheiro contém { $notices } avisos de retirada: cada um é uma retirada distinta.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $open (number): items still open
recall-outcome = «{ $outcome }» registado para { $units } { $units ->
        [one] embalagem
       *[other] embalagens
    } e { $quantity } unidade(s) controlada(s) por lote; { $open } { $open ->
        [one] item continua aberto
       *[other] itens continuam abertos
    }.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $events (number): ledger events written
# $open (number): items still open
recall-outcome-events = «{ $outcome }» registado para { $units } { $units ->
        [one] embalagem
       *[other] embalagens
    } e { $quantity } unidade(s) controlada(s) por lote ({ $events } { $events ->
        [one] evento
       *[other] eventos
    } do registo); { $open } { $open ->
        [one] item continua aberto
       *[other] itens continuam abertos
    }.
# $recall (text): the recall's number
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
# $at (text): when
recall-closed = Retirada { $recall } encerrada: assinada ({ $meaning }) por { $user } em { $at }.

## backup

# $file (text): the backup's file
# $size (text): its size in MB, e.g. "12.5"
# $events (number): events on its ledger
backup-taken = Cópia de segurança { $file } ({ $size } MB), verificada: integridade correta, registo intacto ({ $events } { $events ->
        [one] evento
       *[other] eventos
    }).
backup-col-taken = feita (UTC)
backup-col-size = tamanho
backup-col-file = ficheiro
# $file (text): the backup's file
# $events (number): events on its ledger
backup-good = { $file }: integridade correta, registo intacto ({ $events } { $events ->
        [one] evento
       *[other] eventos
    }), esquema conforme às migrações.
# $file (text): the backup's file
backup-damaged = { $file }: DANIFICADA
# Refused: a restore replaces the database only when asked with --yes.
# $db (text): the database file
# $file (text): the backup's file
backup-restore-needs-yes = isto substitui { $db } por { $file } (a base de dados atual é guardada à parte); acrescente --yes para continuar
# $db (text): the database file
# $file (text): the backup's file
# $aside (text): where the previous database is kept
backup-restored = { $db } restaurada a partir de { $file }; a base de dados anterior é mantida como { $aside }.

## verify, clock-correct, late-entry

# $seq (text): the event's sequence number, grouped by thousands
# $hash (text): the start of its hash
verify-last-event = Último evento verificado: { $seq } (impressão { $hash }…).
# $correction (text): a clock correction recorded on the ledger
verify-declared = declarado no registo: { $correction }
# $seq (number): the checkpoint's event sequence number
verify-checkpoint = Ponto de controlo verificado registado (evento n.º { $seq }).
# $why (text): why no checkpoint was recorded
verify-no-checkpoint = Nenhum ponto de controlo registado: { $why }
# $problems (number): problems found
# $covered (text): what was checked, as verify-covered-… says it
verify-not-intact = REGISTO NÃO INTACTO: { $problems } { $problems ->
        [one] problema encontrado
       *[other] problemas encontrados
    } ({ $covered }).
# $more (number): findings not listed
verify-more = … e mais { $more }.
# $first (text): the first event checked, grouped by thousands
# $last (text): the last, grouped by thousands
verify-events = eventos { $first }–{ $last }
verify-no-events = nenhum evento
# $range (text): the events checked, as verify-events says it
# $units (text): packs checked
# $lots (text): lots checked
# $days (text): days checked
# $at (text): when the checkpoint was recorded
# $seq (text): the checkpoint's event
verify-covered-since = verificados { $range } e { $units } embalagem(ns), { $lots } lote(s) e { $days } dia(s) alterados desde o ponto de controlo registado em { $at } (evento n.º { $seq }); os eventos anteriores e as linhas não alteradas desde então não foram verificados desta vez: execute `verify --full` para tudo
# $range (text): the events checked, as verify-events says it
verify-covered-all = verificados todos os { $range }
# $events (number): events checked
# $lines (number): event lines checked
# $units (number): packs checked
verify-intact = Registo intacto: { $events } { $events ->
        [one] evento
       *[other] eventos
    }, { $lines } { $lines ->
        [one] linha
       *[other] linhas
    }, { $units } { $units ->
        [one] embalagem verificada
       *[other] embalagens verificadas
    }; as tabelas de stock e os perfis dos utilizadores coincidem com o registo.
# $covered (text): what was checked, as verify-covered-… says it
verify-intact-since = Registo intacto desde o último ponto de controlo: { $covered }.
# $event (text): the event's id
# $seq (number): its sequence number
clock-corrected = Correção do relógio registada como evento { $event } (n.º { $seq }); o registo continua a partir de agora.
# $days (number): the late-entry window in days
late-entry-days = O que aconteceu pode ser introduzido até { $days } { $days ->
        [one] dia
       *[other] dias
    } para trás.

## sync

# Counted things: $count chooses the plural, $shown is the number as printed (grouped by
# thousands, e.g. "1,204").
# $count (number): how many
# $shown (text): the number as printed
sync-events = { $count ->
        [one] { $shown } evento
       *[other] { $shown } eventos
    }
# $count (number): how many
# $shown (text): the number as printed
sync-batches = { $count ->
        [one] { $shown } lote de envio
       *[other] { $shown } lotes de envio
    }
# $count (number): how many
# $shown (text): the number as printed
sync-changes = { $count ->
        [one] { $shown } alteração
       *[other] { $shown } alterações
    }
# $count (number): how many
# $shown (text): the number as printed
sync-pages = { $count ->
        [one] { $shown } página
       *[other] { $shown } páginas
    }
# $count (number): how many
# $shown (text): the number as printed
sync-alarm-changes = { $count ->
        [one] { $shown } alteração de alarme
       *[other] { $shown } alterações de alarmes
    }
# $count (number): how many
# $shown (text): the number as printed
sync-network-recalls = { $count ->
        [one] { $shown } retirada de rede
       *[other] { $shown } retiradas de rede
    }
# $count (number): how many
# $shown (text): the number as printed
sync-accounts = { $count ->
        [one] { $shown } conta
       *[other] { $shown } contas
    }
# $site (text): the site's code
# $hub (text): the hub's address
sync-enrolled = { $site } inscrita no servidor central { $hub }.
# $count (number): how many outcomes
# $shown (text): the number as printed
# $new (text): how many were new to the hub, as printed
sync-outcomes-sent = Enviado(s) ao servidor central { $count ->
        [one] { $shown } resultado
       *[other] { $shown } resultados
    } de retiradas de rede ({ $new } novo(s)).
# $count (number): how many outcomes
# $shown (text): the number as printed
sync-outcomes-refused = O servidor central recusou { $count ->
        [one] { $shown } resultado de retirada
       *[other] { $shown } resultados de retirada
    }: guardado(s) apenas aqui (`custody recall reach` continua a mostrá-los).
# $message (text): why sending stopped
sync-outcomes-not-sent = Resultados de retirada não enviados: { $message }.
# $message (text): why the pull stopped
sync-pull-stopped = Receção interrompida: { $message }.
# $changes (text): the changes pulled, as sync-changes says them
# $pages (text): the pages, as sync-pages says them
# $products_added (text): new products, as printed
# $products_changed (text): changed products, as printed
# $partners_added (text): new partners, as printed
# $partners_changed (text): changed partners, as printed
# $alarms (text): alarm changes, as sync-alarm-changes says them
# $recalls (text): network recalls, as sync-network-recalls says them
# $unchanged (text): changes that changed nothing here, as printed
sync-pulled = Recebido(s) { $changes } em { $pages }: produtos { $products_added } novo(s), { $products_changed } alterado(s); parceiros { $partners_added } novo(s), { $partners_changed } alterado(s); { $alarms }; { $recalls }; { $unchanged } já como o servidor central os tem.
sync-no-alarm = Nenhum alarme do servidor central.
sync-no-open-alarm = Nenhum alarme aberto do servidor central.
# The header of the alarms' list: columns separated by tabs, as scripts split them.
sync-alarms-header = ALARME{"\u0009"}EMBALAGEM{"\u0009"}ESTADO{"\u0009"}PADRÕES{"\u0009"}UNIDADES{"\u0009"}LEVANTADO{"\u0009"}FECHADO
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-push = Nada a enviar; o servidor central tem até ao evento { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $acked (text): the last event the hub holds, as printed
sync-pushed = Enviado(s) { $events } em { $batches }; o servidor central tem até ao evento { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $held (text): how many the hub held already, as printed
# $acked (text): the last event the hub holds, as printed
sync-pushed-held = Enviado(s) { $events } em { $batches } ({ $held } já os tinha); o servidor central tem até ao evento { $acked }.
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-pull-back = Nada a recuperar: o registo desta unidade tem todos os eventos do servidor central ({ $acked }).
# $event (text): the event, as printed
sync-pulled-back-one = Evento { $event } recuperado do servidor central.
# $first (text): the first event, as printed
# $last (text): the last event, as printed
sync-pulled-back = Eventos { $first }–{ $last } recuperados do servidor central.
# $accounts (text): the accounts, as sync-accounts says them
sync-accounts-without-password = { $accounts } adicionada(s) após a cópia de segurança voltaram sem palavra-passe: um administrador define uma.
# $waiting (text): the events on the ledger, as sync-events says them
sync-not-enrolled = Não inscrita num servidor central: um administrador inscreve esta unidade com `custody sync enrol --hub URL --code CODE`. { $waiting } no registo.
# $ago (text): how long ago, as sync-just-now … sync-on say it
# $waiting (text): the events waiting, as sync-events says them
sync-synced = Sincronizado { $ago }; { $waiting } em espera.
# $waiting (text): the events waiting, as sync-events says them
sync-enrolled-nothing-pushed = Inscrita, ainda nada enviado; { $waiting } em espera.
# $at (text): since when, a local time (or date and time)
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline-since = Sem ligação desde { $at }, { $waiting } em espera{ $message }.
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline = Sem ligação desde o último envio, { $waiting } em espera{ $message }.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-fork = Bifurcação: contacte o administrador do servidor central{ $message }. Nada é enviado até ser resolvida; { $waiting } em espera.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-suspended = Suspensa pelo servidor central: contacte o seu administrador{ $message }; { $waiting } em espera.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-refused = Recusada pelo servidor central{ $message }; { $waiting } em espera.
# $hub (text): the hub's address
# $site (text): the site's code
# $acked (text): the last event the hub holds, as printed
# $last (text): the last event on this site's ledger, as printed
sync-hub = Servidor central { $hub }, unidade { $site }: o servidor central tem até ao evento { $acked } de { $last }.
sync-just-now = agora mesmo
# $minutes (number): minutes ago
sync-minutes-ago = há { $minutes } min
# $hours (number): hours ago
sync-hours-ago = há { $hours } h
# $date (text): a date and time
sync-on = em { $date }

## init, product, location, partner, settings, report

# $file (text): the database file
cli-created-database = Base de dados { $file } criada.
cli-col-code = código
cli-col-kind = tipo
# $site (text): the site's code
# $name (text): the site's name
init-set-up = Unidade { $site } ({ $name }) configurada.
# $site (text): the site's code
# $name (text): the site's name
# $admin (text): the administrator's username
init-set-up-admin = Unidade { $site } ({ $name }) configurada com o administrador { $admin }.
# $gtin (text): the product's GTIN
# $name (text): its name
product-added = Produto { $gtin } adicionado ({ $name }).
# $gtin (text): the product's GTIN
# $name (text): its name
product-changed = Produto { $gtin } alterado ({ $name }).
# $products (number): how many products
# $file (text): the file they came from
product-imported = { $products } { $products ->
        [one] produto importado
       *[other] produtos importados
    } de { $file }.
product-col-tracking = rastreabilidade
product-col-pack = embalagem
product-col-manufacturer = fabricante
# $code (text): the location's code
# $name (text): its name
location-added = Localização { $code } adicionada ({ $name }).
# $code (text): the partner's code
# $name (text): its name
partner-added = Parceiro { $code } adicionado ({ $name }).
partner-col-gln = GLN
settings-scanners = Leitores
settings-substitutes = enviado em vez do separador de grupo:
settings-no-substitutes = nada (os leitores enviam o próprio separador de grupo)
settings-leading-gs = um separador de grupo após o identificador de simbologia é descartado:
settings-plain-symbol = dados GS1 num Data Matrix simples são lidos:
settings-receipts = Receções
settings-short-dated = de validade curta se expirar dentro de:
settings-price-tolerance = aviso de preço acima do preço contratual em mais de:
settings-currency = os preços estão em:
settings-no-currency = nenhuma moeda escolhida (os montantes são números simples)
settings-alert-windows = Janelas de alerta de validade:
# $days (text): a number of days, or several separated by commas
settings-days = { $days } dias
# $file (text): the file written
# $title (text): the report's title
# $rows (number): rows in it
# $kb (number): its size in KB
report-wrote = Escrito { $file }: { $title } ({ $rows } { $rows ->
        [one] linha
       *[other] linhas
    }, { $kb } KB).

## expected, export epcis

expected-col-id = n.º
expected-col-reference = referência
expected-col-lines = linhas
expected-col-received = rececionado
expected-col-closed = fechada
expected-col-line = linha
expected-col-advice = segundo o aviso
# $received (number): how many packs were received
# $location (text): where they were received
expected-received-into = { $received } { $received ->
        [one] embalagem rececionada
       *[other] embalagens rececionadas
    } em { $location }.
# A line the whole receipt left out, under expected-received-into.
# $reason (text): which line and why
expected-not-received = não rececionado: { $reason }
# $id (text): the shipment's number
# $reference (text): its document number
# $from (text): the supplier as expected-from says it, or nothing
# $matched (number): lines received
# $expected (number): lines expected
# $closed (text): when it was closed as expected-closed says it, or nothing
expected-shipment = Remessa { $id } ({ $reference }{ $from }): { $matched } de { $expected } { $expected ->
        [one] linha rececionada
       *[other] linhas rececionadas
    }{ $closed }
# After the shipment's reference, inside its brackets.
# $partner (text): the supplier
expected-from = , de { $partner }
# At the end of expected-shipment.
# $at (text): when it was closed
expected-closed = , fechada em { $at }
expected-still-expected = Ainda esperado:
expected-discrepancies = Discrepâncias (rececionado de forma diferente do que diz o aviso):
# What the advice said of a pack received otherwise.
# $line (text): the advice's line number
# $lot (text): the lot it gave, or "-"
# $expiry (text): the expiry it gave, or "-"
expected-advice-line = linha { $line }: lote { $lot } validade { $expiry }
# $message (text): what does not match
expected-discrepancy = Discrepância: { $message }
# The context of a refused advice file.
# $file (text): the file
expected-importing = a importar { $file }
epcis-say-what = diga o que exportar: --gtin com --serial ou --lot, ou --from e --to
# $events (number): how many events
# $file (text): the file written
epcis-wrote = { $events } { $events ->
        [one] evento escrito
       *[other] eventos escritos
    } em { $file }.

## replenish

# $code (text): the ward's code
# $name (text): its name
# $by (text): the location that supplies it
replenish-supplied-by = { $code } ({ $name }) é abastecido por { $by }.
# $code (text): the ward's code
# $name (text): its name
replenish-no-supplying-location = { $code } ({ $name }) não tem local que o abasteça.
# $name (text): the product's name
# $gtin (text): its GTIN
# $supplier (text): the supplier's code
replenish-usual-supplier = { $name } ({ $gtin }) é habitualmente encomendado a { $supplier }.
# $name (text): the product's name
# $gtin (text): its GTIN
replenish-no-usual-supplier = { $name } ({ $gtin }) não tem fornecedor habitual.
replenish-no-pick-list = Ainda não há lista de aviamento: crie uma com `custody replenish pick-list --new`.
replenish-nothing-to-pick = não há nenhuma lista de aviamento para aviar: crie uma com `custody replenish pick-list --new`
# The verdict of one pick, at the start of its line (padded to 12 characters).
replenish-picked = AVIADO
replenish-not-picked = NÃO AVIADO
replenish-refused = RECUSADO
# $line (text): the pick list's line
# $product (text): the product
# $location (text): the ward it goes to
# $picked (number): how many are picked
# $wanted (number): how many are wanted
replenish-picked-line = linha { $line }: { $product } para { $location }, { $picked } de { $wanted }
# After replenish-picked-line, in brackets.
replenish-not-the-proposed-lot = (não é o lote proposto)
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list = Lista de aviamento { $list } criada em { $at } por { $by }
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list-replaced = Lista de aviamento { $list } criada em { $at } por { $by } (substituída)
replenish-col-line = linha
replenish-col-from = origem
replenish-col-to = destino
replenish-col-wanted = pedido
replenish-col-take = levar (lote/série, validade)
replenish-col-short = em falta
replenish-col-picked = aviado
replenish-none-to-take = nada a levar
# $picked (number): how many were picked
replenish-done = { $picked } { $picked ->
        [one] feito
       *[other] feitos
    }
replenish-unsupplied = Fora da lista, o serviço não tem local que o abasteça (defina um com `custody replenish supply`):
replenish-no-orders = Nenhuma farmácia ou armazém está abaixo do ponto de encomenda.
# $name (text): the supplier's name
# $code (text): its code
# $total (text): the order's total, as money
replenish-order = { $name } ({ $code }): total { $total }
replenish-order-no-supplier = Sem fornecedor habitual — escolha um (`custody replenish usual-supplier GTIN --supplier CODE`):
replenish-col-unit-price = preço unitário
replenish-col-line-total = total da linha
# $list (text): what was given
replenish-not-a-pick-list = «{ $list }» não é um número de lista de aviamento como PICK-3

## sync rebuild, sync pull's details

# $count (number): how many
# $shown (text): the number as printed
sync-packs = { $count ->
        [one] { $shown } embalagem
       *[other] { $shown } embalagens
    }
# $count (number): how many
# $shown (text): the number as printed
sync-records = { $count ->
        [one] { $shown } registo
       *[other] { $shown } registos
    }
# $site (text): the site's code
# $name (text): its name
# $events (text): the events put back, as sync-events says them
# $admin (text): the administrator's username
sync-rebuilt = Unidade { $site } ({ $name }) reconstruída a partir do servidor central: { $events } repostos, cada hash verificado; administrador { $admin }.
# $accounts (text): the accounts, as sync-accounts says them
sync-rebuilt-accounts = { $accounts } voltaram sem palavra-passe: um administrador define uma (custody user passwd).
# $records (text): the records, as sync-records says them
sync-rebuilt-records = { $records } (produtos, locais, parceiros) voltaram identificados apenas pelo código: complete-os.
# $admin (text): the administrator's username
sync-rebuilt-check = Verifique com: custody --as { $admin } verify --full
# $code (text): the partner's code at the hub
# $site_name (text): the name this site gives it
# $hub_name (text): the name the hub gives it
# $kept_as (text): the code the hub's partner is kept under here
sync-partner-clash = O código de parceiro { $code } é { $site_name } aqui e { $hub_name } no servidor central: o do servidor central fica aqui como { $kept_as }; o { $code } desta unidade não muda.
# $gtin (text): the product's GTIN
sync-tracking-kept = Produto { $gtin }: o servidor central mudou o seu modo de rastreio, mas o stock está registado aqui pelo modo atual, que se mantém.
# $number (text): the recall's number
sync-recall-linked = Retirada da rede { $number }: a retirada registada aqui com esse número; ligada, nada é bloqueado de novo.
# $number (text): the recall's number
# $title (text): its title
sync-recall-entered-closed = Retirada da rede { $number } registada: { $title }; fechada, como regista o registo desta unidade, por isso nada foi bloqueado.
# $number (text): the recall's number
# $title (text): its title
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-entered = Retirada da rede { $number } registada: { $title }; bloqueadas { $packs } e { $quantity } do stock rastreado por lote.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
sync-recall-widened-closed = Retirada da rede { $number } alargada pelo servidor central: acrescentado { $added }, mas está fechada aqui, por isso nada foi bloqueado: verifique o stock de { $added } e contacte o responsável da qualidade do servidor central.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-widened = Retirada da rede { $number } alargada pelo servidor central: acrescentado { $added }; bloqueadas { $packs } e { $quantity } do stock rastreado por lote.

## demo

# $products (number): products made
# $locations (number): locations made
# $packs (number): packs made
# $events (number): events recorded
# $years (text): the years of history as demo-years says them after a space, or nothing
# $seconds (text): how long it took, in seconds with one decimal
demo-made = Dados de demonstração: { $products } produtos, { $locations } locais, { $packs } embalagens, { $events } eventos{ $years } em { $seconds } s.
# $years (number): years of history
demo-years = ({ $years } { $years ->
        [one] ano
       *[other] anos
    } de histórico antes do da escala)
demo-users = Utilizadores: admin (administrador), amira e dev (pessoal), ben (responsável), chloe (qualidade).

## The command line's own errors (what it was doing when something failed)

# $file (text): the file
cli-opening = a abrir { $file }
# $file (text): the file
cli-creating-database = a criar a base de dados { $file }
# $file (text): the file
cli-reading-file = a ler { $file }
# $file (text): the path given to --db
cli-no-database-at = não existe nenhuma base de dados em { $file }: verifique o caminho, ou crie uma com `custody init` (ou `custody demo`)
# $file (text): the path given to --db
cli-db-is-a-folder = { $file } é uma pasta: --db indica o ficheiro da base de dados
# $file (text): the path given to --db
cli-not-a-custody-database = { $file } não é uma base de dados do Custody (ficheiro de outro programa, ou danificado): ficou inalterado
# $file (text): the path
cli-cannot-look-at = não é possível examinar { $file }
# $file (text): the path
cli-cannot-read = não é possível ler { $file }
# $variable (text): the environment variable scripts set instead
cli-reading-password = a ler a palavra-passe do terminal (os scripts definem { $variable })
cli-reading-scans = a ler leituras da entrada padrão
cli-reading-stdin = a ler a entrada padrão
# $option (text): the option, "--today"
# $value (text): what was given
cli-not-a-date = { $option } «{ $value }» não é uma data AAAA-MM-DD
bench-compare-needs-db = --compare precisa de --db: a base de dados com cujos números se compara
# $count (text): what was given
report-not-a-count = «{ $count }» não é um número de contagem como COUNT-3
# $paper (text): what was given
report-not-a-paper-size = --paper: «{ $paper }» não é um tamanho de papel: a4 ou letter

## Insights from the ledger (`custody insights`): waste and shrinkage
# $from (text): the period's first day
# $to (text): its last day
# $units (number): units lost
# $value (text): their value, as money with the currency
# $expired (number): units expired
# $predicted (number): of which predicted
# $surprise (number): of which not predicted
# $recalled (number): units recalled
# $damaged (number): units damaged
insights-waste-summary = Perdas de { $from } a { $to }: { $units } unidades no valor de { $value }; { $expired } vencidas ({ $predicted } previstas, { $surprise } imprevistas), { $recalled } recolhidas, { $damaged } danificadas
# $units (number): units with no price
insights-unpriced = { $units } unidades não tinham preço e não estão no valor
# $from (text): the period's first day
# $to (text): its last day
# $missing (number): units recorded missing or short
# $found (number): units found elsewhere or found again
# $value (text): the value lost, as money with the currency
insights-shrinkage-summary = Quebras de { $from } a { $to }: { $missing } unidades em falta, { $found } encontradas; valor perdido { $value }
insights-by-month = Por mês
insights-by-product = Por produto
insights-by-location = Por local
insights-by-supplier = Por fornecedor
insights-lines = Todas as linhas, as mais antigas primeiro
insights-col-month = mês
insights-col-day = dia
insights-col-units = unidades
insights-col-expired = vencidas
insights-col-predicted = previsto
insights-col-surprise = imprevisto
insights-col-recalled = recolhidas
insights-col-damaged = danificadas
insights-col-unpriced = sem preço
insights-col-value = valor
insights-col-value-lost = valor perdido
insights-col-supplier = fornecedor
insights-col-disposition = saída
insights-col-cause = causa
insights-col-count = contagem
insights-col-counts = contagens
insights-col-with-variance = com diferença
insights-col-keeps-disagreeing = diverge sempre
insights-cause-recalled = recolha
insights-cause-expired = vencido
insights-cause-damaged = danificado
insights-disposition-destroyed = destruído
insights-disposition-returned = devolvido ao fornecedor
insights-kind-missing = em falta
insights-kind-found-elsewhere = encontrado noutro local
insights-kind-found-again = reencontrado
insights-kind-wrong-status = estado errado
insights-kind-lot-short = lote em falta
insights-kind-lot-surplus = lote excedente

# Prices where they arrive (issue #23): `custody partner price`.
# $gtin (text): the product's GTIN
# $supplier (text): the supplier's code
# $price (text): the price, with the currency's decimals
# $from (text): the first day it is in force
price-set = Preço de contrato de { $gtin } com { $supplier }: { $price } a partir de { $from }.
# $prices (number): how many prices
# $file (text): the file they came from
price-imported = { $prices } preços de contrato importados de { $file }.
price-none = Não há preços de contrato.
price-from-start = o início
price-col-supplier = fornecedor
price-col-from = desde
price-col-price = preço
movement-unit-cost-twice = um valor sozinho vale para todos os produtos, por isso dá-se uma vez; dê os outros como GTIN=VALOR

insights-dwell-summary = Permanência de { $from } a { $to }: { $stays } estadias terminadas; { $waiting } embalagens ou lotes ({ $units } unidades) retidos há mais de { $days } dias
insights-by-location-product = Por local e produto
insights-dwell-distribution = Estadias por duração em dias
insights-days-range = { $from }-{ $to } d
insights-days-over = { $days }+ d
insights-waiting = Retidos além do limite, os mais antigos primeiro
insights-waiting-more = { $shown } de { $total } listados: os mais antigos

insights-dwell-products-more = { $shown } de { $total } produtos e localizações listados: em cada localização, os { $each } com as permanências mais longas
insights-col-stays = estadias
insights-col-median-days = dias mediana
insights-col-p90-days = dias percentil 90
insights-col-since = desde
insights-col-days = dias
insights-suppliers-summary = Fornecedores de { $from } a { $to }: { $suppliers } entregaram; validade curta: menos de { $short_days } dias, acima do contrato: mais de { $tolerance } % acima; { $excess } pagos acima do contrato
insights-by-manufacturer = Por fabricante
insights-over-contract = Receções acima do preço de contrato
insights-affected = Embalagens afetadas, até à origem
insights-col-manufacturer = fabricante
insights-col-deliveries = entregas
insights-col-missing = em falta
insights-col-excess = acima do contrato
insights-col-recalls = recolhas
insights-col-unit-cost = custo unitário
insights-col-contract = contrato
insights-col-finding = constatação
insights-col-received = recebido
insights-col-manufactured = fabricado
insights-finding-short-dated = validade curta
insights-finding-lot-or-expiry-differs = lote/validade diferente
insights-finding-unexpected = inesperado
insights-finding-suspect = suspeito
insights-finding-duplicate-serial = série duplicada
insights-finding-over-contract = acima do contrato
insights-finding-recalled = recolhido
insights-trends-summary = Tendências de consumo de { $from } a { $to }: { $rows } produtos e locais (regras demasiado baixas: { $low }, demasiado altas: { $high }, sem regra: { $none }); os { $listed } mais usados listados
insights-trends-weeks = { $product } em { $location }, semana a semana
insights-rule = { $reorder }/{ $par }, { $lead } d
insights-col-week = semana
insights-col-used = usado
insights-col-used-last-year = ano anterior
insights-col-rule = regra (mín/máx, prazo)
insights-col-stockout-days = dias sem stock
insights-col-overstock-days = dias de excesso
insights-col-verdict = regra
insights-verdict-too-low = demasiado baixa
insights-verdict-too-high = demasiado alta
insights-verdict-fits = adequada
insights-verdict-no-rule = sem regra
insights-affected-more = { $shown } de { $total } listados, por fornecedor e do mais antigo; --supplier restringe a lista

## custody national

national-check-needed = Indique --check com --market ou --window-hours: off, at_dispense, at_receipt ou decommission_at_receipt.
national-no-market = nenhum
# $market (text): EU-xx, US, or national-no-market
# $check (text): off, at_dispense, at_receipt or decommission_at_receipt
# $hours (number): the decommission window
national-settings = Sistema nacional: { $market }; verifica: { $check }; uma embalagem dispensada sem rede é desativada em { $hours } h.
# $waiting (number): requests waiting
# $pending (number): not yet sent
# $sent (number): sent, answer not read
# $alerts (number): ended in an alert
# $failed (number): failed
national-status = { $waiting } pedidos de verificação em espera ({ $pending } por enviar, { $sent } enviados sem resposta lida); { $alerts } alertas, { $failed } falhados.
# $at (text): a local time
# $words (text): why it waits
national-oldest = O mais antigo espera desde { $at }: { $words }
national-drainer-running = A enviar: o processo de envio desta aplicação trabalha a fila.
national-drainer-elsewhere = A enviar: outro Custody detém o bloqueio de envio desta base de dados (a aplicação, ou custody national drain numa linha de comandos).
# $path (text): the file looked for
national-drainer-not-configured = Sem envio: não há ficheiro de sistemas nacionais em { $path }.
# $path (text): the file
# $reason (text): why, in the file reader's English
national-drainer-refused = Sem envio: o ficheiro de sistemas nacionais { $path } não pode ser usado: { $reason }
# $reason (text): why, in the system's English
national-drainer-unavailable = Sem envio: o bloqueio de envio não pode ser obtido: { $reason }
# $path (text): the file
national-drainer-stopped = Nenhum envio em curso: o ficheiro { $path } pode ser usado; os pedidos esperam até a aplicação correr ou custody national drain ser executado.
# $at (text): a local time
national-window = Aviso: uma embalagem dispensada sem rede tem de ser desativada até { $at }. Reponha a rede ou contacte o apoio do sistema nacional.
# $old (number): the failed request
# $new (number): the new one
national-retried = Pedido { $old } de novo na fila como pedido { $new }.
# $singles (number): single requests sent
# $bulks (number): bulk requests sent
# $reverified (number): verified before a re-send
# $done (number): answered
# $alerts (number): alerts
# $failed (number): failed
# $retried (number): put back for later
national-drained = Enviados { $singles } pedidos individuais e { $bulks } em lote ({ $reverified } verificados antes de reenviar): { $done } respondidos, { $alerts } alertas, { $failed } falhados, { $retried } à espera de nova tentativa.
national-col-id = Pedido
national-col-queued = Na fila
national-col-state = Estado
national-col-asks = Pede
national-col-pack = Embalagem (GTIN série)
national-col-product = Produto
national-col-tries = Tentativas
national-col-answer = Resposta
# $count (number): alerts on packs supplied
national-follow-up = { $count } alertas sobre embalagens já dispensadas: acompanhe cada uma junto de quem a recebeu (custody national queue --shown alerts indica a dispensa).
# $at (text): a local time
# $location (text): where from
# $reference (text): the reference given at dispense
# $by (text): who dispensed it
national-supplied = dispensada { $at } a partir de { $location }, referência { $reference }, por { $by }
