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

## Insights: the column headers of their tables

col-month = Mês
col-name = Nome
col-units = Unidades
col-unpriced = Sem preço
col-expired = Fora de validade
col-recalled = Retiradas
col-damaged = Danificadas
col-predicted = Previstas
col-surprise = Imprevistas
col-day = Dia
col-disposition = Saída
col-cause = Causa
col-priced-by = Preço de
col-missing = Desaparecidas
col-found-elsewhere = Encontradas noutro local
col-found-again = Reencontradas
col-wrong-status = Estado errado
col-lot-short = Lote a menos
col-lot-surplus = Lote a mais
col-value-lost = Valor perdido
col-counts = Contagens
col-counts-with-variance = Com diferenças
col-keeps-disagreeing = Diferenças repetidas
col-count-ref = Contagem
col-variance = Diferença
col-stays = Permanências
col-median-days = Dias (mediana)
col-p90-days = Dias (percentil 90)
col-since = Desde
col-weeks = Semanas
col-week = Semana
col-week-starts = Início
col-used = Consumido
col-used-last-year = Ano anterior
col-reorder-point = Ponto de encomenda
col-par-level = Nível máximo
col-stockout-days = Dias de rutura
col-overstock-days = Dias de excesso
col-verdict = Regra
col-deliveries = Entregas
col-packs = Embalagens
col-short-dated = Validade curta
col-lot-or-expiry-differs = Lote ou validade diferentes
col-unexpected = Inesperadas
col-suspect = Suspeitas
col-duplicate-serials = Números de série duplicados
col-over-contract = Acima do contrato
col-excess = Sobrecusto
col-recalls = Retiradas de lotes
col-unit-cost = Custo unitário
col-contract-price = Contrato
col-finding = Constatação
col-received = Recebida
col-manufactured = Fabricada

## Insights: what every insight's report shares

# A title with the filters after it.
# $title (text): the insight's title, "Waste from 2026-01-01 to 2026-12-31"
# $filters (text): the filters in words, "at WARD-3A (Ward 3A); supplier MediDist (MEDIDIST)"
insight-title-filtered = { $title } — { $filters }
# $location (text): location code and name, "WARD-3A (Ward 3A)"
insight-filter-location = em { $location }
# $product (text): product name
# $gtin (text): its GTIN
insight-filter-product = { $product } ({ $gtin })
# $supplier (text): supplier name
# $code (text): supplier code
insight-filter-supplier = fornecedor { $supplier } ({ $code })
insight-scope-all = todas as localizações, produtos e fornecedores
# $from (text): first day, "2026-01-01"
# $to (text): last day
# $scope (text): the filters in words, or every location, product and supplier
insight-covers = dias locais de { $from } a { $to }, { $scope }
# $percent (text): a whole percentage, "5"
insight-percent = { $percent } %
insight-total = Total
insight-no-supplier = sem fornecedor

## Insights: waste

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-waste-title = Desperdício de { $from } a { $to }
insight-waste-fact-units = Unidades perdidas
insight-waste-fact-value = O seu valor
insight-waste-fact-unpriced = Unidades sem preço (fora do valor)
insight-waste-fact-expired = Fora de validade
insight-waste-fact-predicted = Fora de validade, previstas
insight-waste-fact-surprise = Fora de validade, imprevistas
insight-waste-fact-recalled = Retiradas
insight-waste-fact-damaged = Danificadas
insight-waste-explained = Stock destruído ou devolvido ao fornecedor. A causa vem do registo: retirada quando o seu lote estava sob uma retirada, senão fora de validade quando a validade tinha passado no dia da saída, senão danificada. Uma unidade fora de validade estava prevista quando constava da lista do que vai expirar sem uso 30 dias antes de expirar. Os valores são o custo unitário da receção ou, na falta dele, o preço de contrato.
insight-waste-by-month = Desperdício por mês
insight-waste-by-product = Desperdício por produto
insight-waste-by-location = Desperdício por localização
insight-waste-by-supplier = Desperdício por fornecedor
insight-waste-lines = Cada unidade perdida
insight-waste-none = Nada se perdeu.
insight-cause-expired = fora de validade
insight-cause-recalled = retirada
insight-cause-damaged = danificada
insight-disposition-destroyed = destruída
insight-disposition-returned = devolvida ao fornecedor
insight-priced-receipt = receção
insight-priced-contract = contrato
insight-priced-none = sem preço

## Insights: shrinkage

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-shrinkage-title = Quebras de { $from } a { $to }
insight-shrinkage-fact-missing = Desaparecidas
insight-shrinkage-fact-found-elsewhere = Encontradas noutra localização
insight-shrinkage-fact-found-again = Reencontradas
insight-shrinkage-fact-wrong-status = Encontradas num estado errado
insight-shrinkage-fact-lot-short = Unidades de lote a menos
insight-shrinkage-fact-lot-surplus = Unidades de lote a mais
insight-shrinkage-fact-value = Valor perdido
insight-shrinkage-fact-disagreeing = Localizações com diferenças repetidas
insight-shrinkage-explained = O que as contagens encontraram e o registo não esperava. Uma embalagem encontrada onde o registo não a tinha é imputada à localização onde o registo a tinha. Uma localização tem diferenças repetidas quando teve duas contagens ou mais e metade ou mais encontraram uma diferença.
insight-shrinkage-by-location = Quebras por localização
insight-shrinkage-by-month = Quebras por mês
insight-shrinkage-lines = Cada diferença
insight-shrinkage-none = Nenhuma diferença.
insight-shrinkage-no-count = Nenhuma contagem aplicada.
insight-variance-missing = desaparecida
insight-variance-found-elsewhere = encontrada noutro local
insight-variance-found-again = reencontrada
insight-variance-wrong-status = estado errado
insight-variance-lot-short = lote a menos
insight-variance-lot-surplus = lote a mais

## Insights: dwell time

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-dwell-title = Tempo de permanência de { $from } a { $to }
insight-dwell-fact-stays = Permanências terminadas
insight-dwell-fact-locations = Localizações
insight-dwell-fact-threshold = À espera há mais de (dias)
insight-dwell-fact-waiting = Unidades à espera há mais tempo
insight-dwell-explained = Quanto tempo as embalagens ficaram numa localização, da chegada à saída, para as permanências terminadas no período (a quantidade de um lote conta uma vez por unidade); mediana e percentil 90 em dias. Depois, o stock que está numa localização há mais tempo do que o limite.
insight-dwell-locations = Permanências por localização
insight-dwell-distribution = Permanências por localização segundo a duração (dias)
insight-dwell-products = Permanências por localização e produto: em cada localização, os produtos com as permanências mais longas
# $days (text): the threshold in days, "90"
insight-dwell-waiting = À espera há mais de { $days } dias
insight-dwell-none = Nenhuma permanência terminada.
insight-dwell-none-waiting = Nada está à espera há tanto tempo.
# $days (text): a bucket's bound in days, "7"
insight-dwell-under = menos de { $days }
# $days (text): the last bound in days, "365"
insight-dwell-over = { $days } ou mais

## Insights: consumption trends

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-trends-title = Tendências de consumo de { $from } a { $to }
insight-trends-fact-rows = Produtos e localizações
insight-trends-fact-used = Unidades consumidas
insight-trends-fact-too-low = Regras demasiado baixas
insight-trends-fact-too-high = Regras demasiado altas
insight-trends-explained = Consumo semanal por produto e localização (o que foi dispensado) face à mesma semana do ano anterior e à regra de reposição então em vigor: demasiado baixa quando houve dias de rutura com o ponto de encomenda abaixo do consumo durante o prazo de entrega, demasiado alta quando mais de metade dos dias ficou acima do nível máximo.
insight-trends-rows = Consumo por produto e localização
insight-trends-weeks = Consumo por semana
insight-trends-none = Nada foi consumido.
insight-verdict-too-low = demasiado baixa
insight-verdict-too-high = demasiado alta
insight-verdict-fits = adequada
insight-verdict-no-rule = sem regra

## Insights: supplier quality

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-suppliers-title = Qualidade dos fornecedores de { $from } a { $to }
insight-suppliers-fact-suppliers = Fornecedores
insight-suppliers-fact-packs = Unidades recebidas
insight-suppliers-fact-over-contract = Receções acima do contrato
insight-suppliers-fact-excess = Pago acima do contrato
insight-suppliers-fact-affected = Embalagens afetadas
insight-suppliers-fact-tolerance = Tolerância de preço
insight-suppliers-fact-short-dated-days = Validade curta abaixo de (dias restantes)
insight-suppliers-explained = O que cada fornecedor e fabricante enviou e o que estava errado: validade curta à chegada, lote ou validade diferentes do aviso de expedição, embalagens inesperadas ou em falta, números de série suspeitos ou duplicados, preços acima do contrato além da tolerância e retiradas que afetam os seus lotes.
insight-suppliers-table = Fornecedores
insight-manufacturers-table = Fabricantes
insight-suppliers-none = Nada foi recebido.
insight-over-contract-table = Receções acima do contrato
insight-over-contract-none = Nenhuma receção acima do contrato.
insight-affected-table = Embalagens afetadas
insight-affected-none = Nenhuma embalagem afetada.
insight-finding-short-dated = validade curta
insight-finding-lot-or-expiry = lote ou validade diferentes
insight-finding-unexpected = inesperada
insight-finding-suspect = suspeita
insight-finding-duplicate-serial = número de série duplicado
insight-finding-over-contract = acima do contrato
insight-finding-recalled = retirada

## Supplier scorecard

# $code (text): supplier code
# $from (text): first day, "2026-01-01"
# $to (text): last day
scorecard-title = Avaliação do fornecedor: { $code }, de { $from } a { $to }
# $from (text): first day
# $to (text): last day
# $code (text): supplier code
scorecard-covers = stock recebido de { $code } nos dias locais de { $from } a { $to }
scorecard-fact-supplier = Fornecedor
scorecard-fact-deliveries = Entregas
scorecard-fact-packs = Unidades recebidas
scorecard-fact-short-dated = Validade curta à chegada
scorecard-fact-lot-or-expiry = Lote ou validade não conformes ao aviso
scorecard-fact-unexpected = Unidades inesperadas
scorecard-fact-missing = Avisadas, nunca recebidas
scorecard-fact-suspect = Unidades suspeitas
scorecard-fact-duplicate-serials = Números de série duplicados
scorecard-fact-over-contract = Linhas de receção acima do contrato
scorecard-fact-excess = Pago acima do contrato
scorecard-fact-recalls = Retiradas que afetam os seus lotes
scorecard-explained = O historial deste fornecedor no período, para a sua revisão de qualidade: cada receção faturada acima do contrato com o montante e cada embalagem afetada com o seu fabricante, o seu lote e a data de fabrico, para a rastrear até à origem.
