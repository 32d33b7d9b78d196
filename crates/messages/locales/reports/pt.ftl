# The words of Custody's reports in European Portuguese — DRAFT for native review (issue #22).
# Translated from en.ftl by the developers with docs/translations/glossary.pt.md; not yet read
# by a Portuguese-speaking pharmacist. Send corrections as changes to this file.
#
# Ids and $arguments are English's; the comment lines are English's too, to keep the files
# comparable. Plurals: a [0] variant before [one] keeps the European "0 dias"; *[other] the
# rest. Numbers come already written the Portuguese way ("12 345,50"); dates stay ISO. A
# message is one line.

## Every report: the page, the header and footer, signature lines

# The footer of every page.
# $page (number): this page
# $pages (number): pages in all
report-page = Página { $page } de { $pages }
# Under the title: when and by whom the report was made.
# $when (text): date and time, "2026-11-22 09:30 (UTC+01:00)"
# $user (text): the person's name and username, "Ada Admin (admin)"
report-generated = Gerado em { $when } por { $user }
# Under the title: what data the report covers.
# $covers (text): what was selected and the ledger's position
report-covers = Âmbito: { $covers }
# The small line at the foot of every page.
# $report (text): the report's name on the command line, "recall-notice" (not translated)
# $when (text): date and time it was made
# $user (text): who made it
report-footer = Custody · { $report } · gerado em { $when } por { $user }
# Under each signature line.
report-sign-name = Nome
report-sign-signature = Assinatura
report-sign-date = Data
# A table with no rows, or a list with nothing in it.
report-none = Nenhum.
report-yes = sim
report-no = não
# The end of every report's "Covers": the last event of the ledger it reads.
# $event (text): the event's number as printed, "1,234"
# $hash (text): the first 16 hex digits of its hash
report-ledger-up-to = registo até ao evento { $event } (hash { $hash }…)
report-ledger-empty = registo vazio
# A report about every location rather than one.
report-every-location = todas as localizações
# A pack's status and where it is.
# $status (text): the status in words, "in stock"
# $location (text): location code
report-status-at = { $status } em { $location }
# Roles that sign several reports.
report-role-pharmacist = Farmacêutico responsável
report-role-qa = Responsável da qualidade
# CSV headers of their own: the column naming each row's table when a report has several, and
# a label export's two columns.
report-csv-section = tabela
report-csv-label = etiqueta
report-csv-element-string = cadeia de elementos GS1
# The one page an Arabic PDF prints (in English and in French: the PDF writer cannot join Arabic
# letters); the report is printed from its preview in the app, where Arabic is shaped.
report-pdf-unavailable-title = Este relatório ainda não está disponível em PDF em árabe
# $report (text): the report's name on the command line, "recall-notice" (not translated)
report-pdf-unavailable = O relatório { $report } ainda não está disponível em PDF em árabe: este PDF não consegue ligar as letras árabes nem compor linhas da direita para a esquerda. Imprima-o a partir da pré-visualização na aplicação: ecrã Relatórios → pré-visualização → Imprimir. A exportação CSV está em árabe.

## Column headers (also the CSV's header row)

col-product = Produto
col-gtin = GTIN
col-lot = Lote
col-serial = N.º de série
col-expiry = Validade
col-expires = Expira
col-status = Estado
col-location = Localização
col-quantity = Quantidade
col-qty = Qtd.
col-value = Valor
money-amount = { $amount } { $currency }
money-column = { $title } ({ $currency })
col-note = Nota
col-in-stock = Em stock
col-quarantined = Em quarentena
col-on-hand = Disponível
col-usable = Utilizável
col-per-day = Por dia
col-days = Dias
col-runs-out = Esgota em
col-point-par = Ponto/nível
col-order = Encomenda
col-national-codes = Códigos nacionais
col-manufacturer = Fabricante
col-scope = Âmbito
col-pulled = Retirada
col-done = Feito
col-when = Data e hora
col-what = Operação
col-by = Por
col-where = Local
col-document = Documento
col-party = Entidade
col-party-or-reason = Entidade ou motivo
col-reason = Motivo
col-shipment = Remessa
col-outcome = Resultado
col-event = Evento
col-lines = Linhas
col-signed = Assinado
col-hash = Hash
col-hash-sha256 = Hash (SHA-256)
col-chained-to = Encadeado a
col-check = Verificação
col-serial-or-lot = Série ou lote
col-ledger-has = Segundo o registo
col-expected = Esperado
col-counted = Contado
col-difference = Diferença
col-movement = Movimento
col-to = Destino
col-wanted = Pedido
col-take = Levar
col-short = Em falta
col-picked = Aviado
col-supplier = Fornecedor
col-unit-price = Preço unitário
col-line-total = Total da linha

## Words for what the ledger stores as codes

status-in-stock = em stock
status-quarantined = em quarentena
status-dispensed = dispensada
status-transferred-out = transferida para fora da unidade
status-returned-to-supplier = devolvida ao fornecedor
status-destroyed = destruída
status-missing = desaparecida
outcome-returned-to-supplier = devolvida ao fornecedor
outcome-destroyed = destruída
outcome-notified = notificado
outcome-not-found = não encontrada
meaning-approved = aprovado
meaning-performed = executado
meaning-reviewed = revisto
event-receive = receção
event-transfer = transferência
event-dispense = dispensa
event-return = devolução ao stock
event-quarantine = quarentena
event-release = libertação
event-destroy = destruição
event-return-to-supplier = devolução ao fornecedor
event-count-adjust = acerto de contagem
event-mark-suspect = marcada como suspeita
event-recall-close = encerramento de retirada
event-user-enrolled = utilizador inscrito
event-user-added = utilizador adicionado
event-user-role-changed = função alterada
event-user-disabled = utilizador desativado
event-user-enabled = utilizador reativado
event-clock-corrected = relógio corrigido
event-verify-checkpoint = ponto de verificação
class-i = Classe I
class-ii = Classe II
class-iii = Classe III
class-withdrawal = Retirada do mercado

## Recall notice

# $number (text): recall number, "RCL-2026-0091"
recall-notice-title = Aviso de retirada { $number }
# $number (text): recall number
# $when (text): when it was entered, date and time
recall-notice-covers = retirada { $number } tal como registada em { $when }
recall-banner-urgent = URGENTE: RETIRADA DE MEDICAMENTO
recall-banner = RETIRADA DE MEDICAMENTO
recall-banner-withdrawal = RETIRADA DO MERCADO
recall-fact-number = Número da retirada
recall-fact-class = Classe
recall-fact-issued-on = Emitida em
recall-fact-issued-by = Emitida por
recall-fact-product = Produto
recall-fact-reason = Motivo
recall-fact-entered = Registada
# $when (text): date and time
# $user (text): username
recall-entered = em { $when } por { $user }
# $class (text): the class, "Class I"
# $meaning (text): what the class means
recall-class-explained = { $class }: { $meaning }.
recall-class-meaning-i = probabilidade razoável de que a utilização cause danos graves ou a morte
recall-class-meaning-ii = a utilização pode causar danos temporários ou clinicamente reversíveis
recall-class-meaning-iii = é improvável que a utilização cause danos
recall-class-meaning-withdrawal = um problema menor; o produto é retirado do mercado
recall-what-to-do = O que fazer
recall-what-to-do-default = Pare imediatamente de dispensar o produto afetado. Retire cada embalagem afetada indicada abaixo, assinale-a e leve-a para a quarentena. Acompanhe cada embalagem que saiu da farmácia.
recall-products-table = Produtos retirados
recall-products-empty = Sem âmbito.
recall-product-unknown = (não consta da lista de produtos)
recall-scope-every-lot = todos os lotes
# $lots (text): the lots, "L1, L2"
recall-scope-lots = lotes { $lots }
# $serials (number): serials named in the recall
recall-scope-serials = { $serials ->
    [0] { $serials } números de série indicados abaixo
    [one] { $serials } número de série indicado abaixo
   *[other] { $serials } números de série indicados abaixo
}
recall-summary = Resumo
recall-sum-affected = Embalagens afetadas
recall-sum-to-pull = A retirar das prateleiras (aqui, ainda sem resultado)
recall-sum-not-quarantined = das quais ainda não em quarentena
recall-sum-dispensed = Dispensadas ou fornecidas
recall-sum-transferred = Enviadas para outra unidade
recall-sum-returned = Devolvidas ao fornecedor
recall-sum-destroyed = Destruídas
recall-sum-missing = Registadas como desaparecidas
recall-sum-lot-to-pull = Quantidade por lote a retirar
recall-sum-lot-issued = Quantidade por lote fornecida, a acompanhar
recall-sum-expected = Ainda esperadas em remessas abertas
recall-sum-not-received = Números de série abrangidos nunca rececionados
recall-sum-open = Itens que ainda precisam de resultado
recall-to-pull-heading = Embalagens afetadas a retirar, por localização
recall-nothing-to-pull = Já não há embalagens afetadas a retirar nesta unidade: todas as que aqui estão têm resultado.
# $location (text): location code
# $count (number): packs to pull there
# $packs (text): the same, as printed
recall-to-pull-table = { $count ->
    [0] { $location }: { $packs } embalagens a retirar
    [one] { $location }: { $packs } embalagem a retirar
   *[other] { $location }: { $packs } embalagens a retirar
}
recall-lots-held-table = Quantidades por lote em stock
recall-departed-heading = Dispensadas e enviadas: acompanhamento
recall-departed-table = Embalagens que saíram da farmácia
recall-departed-empty = Nenhuma embalagem afetada que saiu da farmácia precisa ainda de acompanhamento.
# $count (number): packs whose outcome is recorded
# $packs (text): the same, as printed
recall-departed-done = { $count ->
    [0] { $packs } embalagens afetadas já têm o resultado registado (devolvidas, destruídas, acompanhadas): a reconciliação lista-as.
    [one] { $packs } embalagem afetada já tem o resultado registado (devolvida, destruída, acompanhada): a reconciliação lista-a.
   *[other] { $packs } embalagens afetadas já têm o resultado registado (devolvidas, destruídas, acompanhadas): a reconciliação lista-as.
}
recall-lots-issued-table = Quantidades por lote fornecidas
# $count (number): lot quantity whose outcome is recorded
# $quantity (text): the same, as printed
recall-lots-issued-done = Uma quantidade de { $quantity } do stock por lote fornecido já tem o resultado registado (acompanhada): a reconciliação lista-a.
recall-expected-table = Ainda esperadas em remessas abertas: recusar ou pôr em quarentena à chegada
recall-sign-pulled = Stock retirado e verificado por

## Recall reconciliation

# $number (text): recall number
recall-closure-title = Reconciliação da retirada { $number }
# $number (text): recall number
recall-closure-covers = retirada { $number }, os seus eventos do registo e o acompanhamento
recall-closure-fact-state = Situação
# $when (text): date and time
# $user (text): username
recall-closure-closed = encerrada em { $when } por { $user }
# $when (text): date and time
# $user (text): username
# $meaning (text): what the signature means, "approved"
recall-closure-closed-signed = encerrada em { $when } por { $user }, assinada ({ $meaning })
# $count (number): items still needing an outcome
# $items (text): the same, as printed
recall-closure-open = { $count ->
    [0] aberta: { $items } itens ainda precisam de resultado
    [one] aberta: { $items } item ainda precisa de resultado
   *[other] aberta: { $items } itens ainda precisam de resultado
}
recall-closure-ready = aberta: todos os itens têm resultado; pronta a encerrar
recall-closure-outcome-open = ABERTO
recall-closure-outcome-resolved = resolvido
recall-closure-packs-table = Embalagens afetadas e o seu resultado
recall-closure-packs-empty = Nenhuma embalagem afetada.
recall-closure-lots-table = Quantidades por lote afetadas e o seu resultado
recall-closure-events-table = Eventos do registo desta retirada
recall-closure-events-empty = Nenhum evento do registo se refere a esta retirada.
recall-closure-notes-table = Acompanhamento registado (sem movimento de stock)
# $lot (text): lot code
recall-closure-note-lot = lote { $lot }

## Stock on hand

stock-title = Stock disponível
# $location (text): location code and name, "MAIN (Main store)"
# $date (text): ISO date
stock-covers-location = stock em { $location } a { $date }
# $date (text): ISO date
stock-covers-all = stock em todas as localizações a { $date }
stock-fact-in-stock = Em stock
stock-fact-expired = Do qual fora de validade (a retirar)
stock-fact-quarantine = Em quarentena
stock-note-expired = EXPIRADO
stock-table-empty = Sem stock.
stock-table-none = Stock da unidade
stock-none-held = Não há stock.

## Expiry report

expiry-title = Relatório de validades
# $location (text): location code and name, or "every location"
# $windows (text): the alert windows in days, "30/90/180"
# $date (text): ISO date
expiry-covers = stock em { $location }, fora de validade ou a expirar dentro de { $windows } dias a partir de { $date }
expiry-fact-expired = Fora de validade, ainda em stock
expiry-fact-value-expired = Valor fora de validade
# $days (number): the widest alert window
expiry-fact-expiring = { $days ->
    [0] A expirar dentro de { $days } dias
    [one] A expirar dentro de { $days } dia
   *[other] A expirar dentro de { $days } dias
}
expiry-fact-value-expiring = Valor a expirar
expiry-explained = O stock fora de validade deve ser retirado das prateleiras e posto em quarentena para destruição ou devolução. Os valores são ao preço de contrato por embalagem.
expiry-table = Stock fora de validade e a expirar
# $days (number): the widest alert window
expiry-table-empty = { $days ->
    [0] Nada fora de validade nem a expirar dentro de { $days } dias.
    [one] Nada fora de validade nem a expirar dentro de { $days } dia.
   *[other] Nada fora de validade nem a expirar dentro de { $days } dias.
}
# $days (number): days since it expired
expiry-days-ago = há { $days } d
# $days (number): days until it expires
expiry-days-left = daqui a { $days } d

## Shortages

shortages-title = Faltas e encomenda sugerida
# $location (text): location code and name, or every location with a reorder rule
# $date (text): ISO date
shortages-covers = regras de reposição em { $location }, consumo até { $date }
shortages-every-location = todas as localizações com regra de reposição
shortages-fact-count = Faltas
shortages-fact-to-order = Embalagens a encomendar (até ao nível máximo)
shortages-fact-window = Período de consumo
# $days (number): days in the window
# $first (text): ISO date
# $last (text): ISO date
shortages-window = { $days ->
    [0] { $days } dias (de { $first } a { $last })
    [one] { $days } dia (de { $first } a { $last })
   *[other] { $days } dias (de { $first } a { $last })
}
shortages-explained = Há falta quando a cobertura utilizável (stock disponível que será usado antes de expirar) está abaixo do ponto de encomenda, ou se esgota dentro do prazo de entrega. A encomenda sugerida repõe a cobertura utilizável até ao nível máximo. As mais urgentes primeiro.
shortages-table = Faltas e encomenda sugerida
shortages-table-empty = Sem faltas.
shortages-sign-prepared = Preparado por (gestor de inventário)
shortages-sign-ordered = Encomendado por (compras)

## Count variance

# $count (text): the count's number, "COUNT-3"
count-title = Diferenças da contagem { $count }
# $count (text): the count's number, "COUNT-3"
# $location (text): location code
count-covers = contagem { $count } em { $location }
count-fact-location = Localização
count-fact-status = Estado
count-fact-started = Iniciada
count-fact-started-by = Iniciada por
count-fact-blind = Às cegas
count-fact-found = Embalagens encontradas como esperado
count-fact-wrong-status = Estado errado
count-fact-never-received = Nunca rececionadas
count-fact-lot-differences = Lotes com diferença
count-fact-result = Resultado
count-status-open = aberta
count-status-finished = terminada
count-status-applied = aplicada
count-status-abandoned = abandonada
count-result-clean = a contagem coincide com o registo
count-result-differences = diferenças por resolver
count-missing-table = Em falta
count-missing-empty = Não falta nenhuma embalagem.
count-unexpected-table = Encontradas aqui, registadas noutro local
count-wrong-status-table = Estado errado (suspeitas, ou reencontradas)
count-not-received-table = Nunca rececionadas aqui (suspeitas: em quarentena ao aplicar)
count-left-table = Saíram durante a contagem (justificadas)
count-never-received = nunca rececionada
count-lots-table = Stock por lote
count-lots-empty = Não foi contado stock gerido por lote.
count-sign-counted = Contado por
count-sign-reviewed = Revisto por (gestor de inventário)

## Chain-of-custody certificate

# $gtin (text): GTIN-14
# $serial (text): serial
custody-title = Certificado de cadeia de custódia { $gtin } / { $serial }
# $gtin (text): GTIN-14
# $serial (text): serial
custody-covers = todos os eventos do registo do GTIN { $gtin } número de série { $serial }
# Beside the DataMatrix.
# $gtin (text): GTIN-14
# $serial (text): serial
custody-code-line = GTIN { $gtin }  N.º de série { $serial }
custody-fact-generic = Denominação comum
custody-fact-now = Agora
custody-fact-flags = Alertas
custody-fact-events = Eventos
custody-flag-expired = fora de validade
custody-flag-expiring = validade curta
custody-flag-quarantined = em quarentena
custody-flag-suspect = suspeita
custody-heading = Cadeia de custódia
custody-new = nova
# $event (text): what the event was, "receive"
# $meaning (text): what the signature means, "approved"
custody-event-signed = { $event } (assinado, { $meaning })
custody-no-event = Nenhum evento.
custody-proof-heading = Prova
# $result (text): what the check found
custody-proof = Cada evento do registo está encadeado por hash: o seu hash SHA-256 abrange o seu conteúdo e o hash do evento anterior nesta unidade, pelo que nenhum evento pode ser alterado, removido ou inserido sem quebrar a cadeia. Cada evento acima foi verificado quando este certificado foi emitido: o seu hash recalculado a partir do que está guardado e a sua ligação ao evento anterior. Resultado: { $result }.
custody-proof-intact = todos os eventos estão íntegros
# $events (text): the event numbers, "12, 14"
custody-proof-broken = OS EVENTOS { $events } NÃO CORRESPONDEM AO SEU HASH; não confie neste histórico
custody-hashes-table = Hashes do registo
custody-check-intact = íntegro
custody-check-broken = QUEBRADO
custody-sign-certified = Certificado por (responsável da qualidade)
custody-warning = ATENÇÃO: o registo não prova este histórico.

## Quarantine labels

# $count (number): labels
labels-title = Etiquetas de quarentena ({ $count })
# $location (text): location code and name, or "every location"
labels-covers = embalagens em quarentena em { $location }
labels-none = Nenhuma embalagem está em quarentena.
labels-quarantine = QUARENTENA — NÃO UTILIZAR
# $lot (text): lot code
# $expiry (text): ISO date
# $serial (text): serial
labels-pack = Lote { $lot }  Val. { $expiry }  NS { $serial }
# $location (text): location code
# $reason (text): why it is held, as recorded
labels-held-at = Retida em { $location }: { $reason }

## Audit extract

audit-title = Extrato de auditoria
# $from (text): ISO date
# $to (text): ISO date
audit-covers-range = eventos de { $from } a { $to }
# $from (text): ISO date
audit-covers-from = eventos desde { $from }
# $to (text): ISO date
audit-covers-to = eventos até { $to }
audit-covers-all = todos os eventos
# $user (text): username
audit-covers-user = por { $user }
# $location (text): location code and name
audit-covers-location = em { $location }
audit-fact-events = Eventos
audit-table = Eventos do registo
audit-table-empty = Nenhum evento corresponde.

## Pick list

# $list (text): the pick list's reference, "PICK-3"
pick-list-title = Lista de aviamento { $list }
# $when (text): date and time
pick-list-covers = faltas nos serviços e consultas a { $when }
pick-list-fact-list = Lista de aviamento
pick-list-fact-made = Criada
pick-list-fact-made-by = Criada por
pick-list-fact-short = Em falta na localização de origem
# $list (text): the pick list's reference
pick-list-explained = Leve as embalagens indicadas, primeiro as de validade mais próxima, e leia cada uma no ecrã Lista de aviamento: a leitura regista a transferência para o serviço com a referência { $list }. Pode levar outro lote do mesmo produto se não estiver fora de validade; nunca uma embalagem fora de validade, em quarentena ou retirada.
# $location (text): location code
# $name (text): location name
pick-list-from = De { $location } ({ $name })
pick-list-none-usable = nenhuma utilizável aqui
pick-list-table-empty = Nada a aviar.
pick-list-nothing = Nenhum serviço ou consulta está abaixo do ponto de encomenda.
pick-list-unsupplied-heading = Fora desta lista: sem localização de origem
pick-list-unsupplied-table = Serviços sem localização de origem
pick-list-sign-picked = Aviado por
pick-list-sign-checked = Verificado por (farmacêutico)

## Supplier orders

orders-title = Encomendas a fornecedores
# $when (text): date and time
orders-covers = faltas nas farmácias e armazéns em { $when }
orders-fact-suppliers = Fornecedores
orders-fact-total = Total a preços de contrato
orders-explained = Faltas nas farmácias e armazéns, cada uma até ao seu nível máximo, agrupadas pelo fornecedor habitual do produto. As linhas sem preço de contrato não entram nos totais.
orders-nothing = Nenhuma farmácia ou armazém está abaixo do ponto de encomenda.
orders-no-supplier = Sem fornecedor habitual — escolha um
orders-supplier-none = nenhum
orders-total = Total
# $unpriced (number): lines without a contract price
orders-total-unpriced = Total ({ $unpriced } sem preço)
orders-sign-prepared = Preparado por
orders-sign-approved = Aprovado por (compras)
