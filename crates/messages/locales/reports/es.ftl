# The words of Custody's reports in Spanish — DRAFT for native review (issue #22). Translated
# from en.ftl by the developers with docs/translations/glossary.es.md; not yet read by a
# Spanish-speaking pharmacist. Send corrections as changes to this file.
#
# Ids and $arguments are English's; the comment lines are English's too, to keep the files
# comparable. Register: usted, imperative for instructions. Plurals: [one] and *[other].
# Numbers come already written the Spanish way ("12.345,50"); dates stay ISO. A message is one
# line.

## Every report: the page, the header and footer, signature lines

# The footer of every page.
# $page (number): this page
# $pages (number): pages in all
report-page = Página { $page } de { $pages }
# Under the title: when and by whom the report was made.
# $when (text): date and time, "2026-11-22 09:30 (UTC+01:00)"
# $user (text): the person's name and username, "Ada Admin (admin)"
report-generated = Generado el { $when } por { $user }
# Under the title: what data the report covers.
# $covers (text): what was selected and the ledger's position
report-covers = Alcance: { $covers }
# The small line at the foot of every page.
# $report (text): the report's name on the command line, "recall-notice" (not translated)
# $when (text): date and time it was made
# $user (text): who made it
report-footer = Custody · { $report } · generado el { $when } por { $user }
# Under each signature line.
report-sign-name = Nombre
report-sign-signature = Firma
report-sign-date = Fecha
# A table with no rows, or a list with nothing in it.
report-none = Ninguno.
report-yes = sí
report-no = no
# The end of every report's "Covers": the last event of the ledger it reads.
# $event (text): the event's number as printed, "1,234"
# $hash (text): the first 16 hex digits of its hash
report-ledger-up-to = registro hasta el evento { $event } (hash { $hash }…)
report-ledger-empty = registro vacío
# A report about every location rather than one.
report-every-location = todas las ubicaciones
# A pack's status and where it is.
# $status (text): the status in words, "in stock"
# $location (text): location code
report-status-at = { $status } en { $location }
# Roles that sign several reports.
report-role-pharmacist = Farmacéutico responsable
report-role-qa = Responsable de calidad
# CSV headers of their own: the column naming each row's table when a report has several, and
# a label export's two columns.
report-csv-section = tabla
report-csv-label = etiqueta
report-csv-element-string = cadena de elementos GS1
# The one page an Arabic PDF prints (in English and in French: the PDF writer cannot join Arabic
# letters); the report is printed from its preview in the app, where Arabic is shaped.
report-pdf-unavailable-title = Este informe aún no está disponible en PDF en árabe
# $report (text): the report's name on the command line, "recall-notice" (not translated)
report-pdf-unavailable = El informe { $report } aún no está disponible en PDF en árabe: este PDF no puede unir las letras árabes ni componer líneas de derecha a izquierda. Imprímalo desde su vista previa en la aplicación: pantalla Informes → vista previa → Imprimir. Su exportación CSV está en árabe.

## Column headers (also the CSV's header row)

col-product = Producto
col-gtin = GTIN
col-lot = Lote
col-serial = N.º de serie
col-expiry = Caducidad
col-expires = Caduca
col-status = Estado
col-location = Ubicación
col-quantity = Cantidad
col-qty = Cant.
col-value = Valor
money-amount = { $amount } { $currency }
money-column = { $title } ({ $currency })
col-note = Nota
col-in-stock = En existencias
col-quarantined = En cuarentena
col-on-hand = Disponible
col-usable = Utilizable
col-per-day = Por día
col-days = Días
col-runs-out = Se agota
col-point-par = Punto/nivel
col-order = Pedido
col-national-codes = Códigos nacionales
col-manufacturer = Fabricante
col-scope = Alcance
col-pulled = Retirado
col-done = Hecho
col-when = Fecha y hora
col-what = Operación
col-by = Por
col-where = Lugar
col-document = Documento
col-party = Tercero
col-party-or-reason = Tercero o motivo
col-reason = Motivo
col-shipment = Envío
col-outcome = Resultado
col-event = Evento
col-lines = Líneas
col-signed = Firmado
col-hash = Hash
col-hash-sha256 = Hash (SHA-256)
col-chained-to = Encadenado a
col-check = Comprobación
col-serial-or-lot = Serie o lote
col-ledger-has = Según el registro
col-expected = Esperado
col-counted = Contado
col-difference = Diferencia
col-movement = Movimiento
col-to = Destino
col-wanted = Solicitado
col-take = Tomar
col-short = Falta
col-picked = Preparado
col-supplier = Proveedor
col-unit-price = Precio unitario
col-line-total = Total de línea

## Words for what the ledger stores as codes

status-in-stock = en existencias
status-quarantined = en cuarentena
status-dispensed = dispensado
status-transferred-out = trasladado fuera del centro
status-returned-to-supplier = devuelto al proveedor
status-destroyed = destruido
status-missing = desaparecido
outcome-returned-to-supplier = devuelto al proveedor
outcome-destroyed = destruido
outcome-notified = notificado
outcome-not-found = no encontrado
meaning-approved = aprobado
meaning-performed = realizado
meaning-reviewed = revisado
event-receive = recepción
event-transfer = traslado
event-dispense = dispensación
event-return = devolución a existencias
event-quarantine = cuarentena
event-release = liberación
event-destroy = destrucción
event-return-to-supplier = devolución al proveedor
event-count-adjust = ajuste de recuento
event-mark-suspect = marcado como sospechoso
event-recall-close = cierre de retirada
event-user-enrolled = usuario inscrito
event-user-added = usuario añadido
event-user-role-changed = rol modificado
event-user-disabled = usuario desactivado
event-user-enabled = usuario reactivado
event-clock-corrected = reloj corregido
event-verify-checkpoint = punto de verificación
class-i = Clase I
class-ii = Clase II
class-iii = Clase III
class-withdrawal = Retirada del mercado

## Recall notice

# $number (text): recall number, "RCL-2026-0091"
recall-notice-title = Aviso de retirada { $number }
# $number (text): recall number
# $when (text): when it was entered, date and time
recall-notice-covers = retirada { $number } tal como se registró el { $when }
recall-banner-urgent = URGENTE: RETIRADA DE MEDICAMENTO
recall-banner = RETIRADA DE MEDICAMENTO
recall-banner-withdrawal = RETIRADA DEL MERCADO
recall-fact-number = Número de retirada
recall-fact-class = Clase
recall-fact-issued-on = Emitida el
recall-fact-issued-by = Emitida por
recall-fact-product = Producto
recall-fact-reason = Motivo
recall-fact-entered = Registrada
# $when (text): date and time
# $user (text): username
recall-entered = el { $when } por { $user }
# $class (text): the class, "Class I"
# $meaning (text): what the class means
recall-class-explained = { $class }: { $meaning }.
recall-class-meaning-i = probabilidad razonable de que su uso cause daños graves o la muerte
recall-class-meaning-ii = su uso puede causar daños temporales o médicamente reversibles
recall-class-meaning-iii = es poco probable que su uso cause daños
recall-class-meaning-withdrawal = un problema menor; el producto se retira del mercado
recall-what-to-do = Qué hacer
recall-what-to-do-default = Deje de dispensar el producto afectado de inmediato. Retire cada envase afectado que figura a continuación, márquelo y llévelo a cuarentena. Haga el seguimiento de cada envase que haya salido de la farmacia.
recall-products-table = Productos retirados
recall-products-empty = Sin alcance.
recall-product-unknown = (no está en la lista de productos)
recall-scope-every-lot = todos los lotes
# $lots (text): the lots, "L1, L2"
recall-scope-lots = lotes { $lots }
# $serials (number): serials named in the recall
recall-scope-serials = { $serials ->
    [one] { $serials } número de serie indicado más abajo
   *[other] { $serials } números de serie indicados más abajo
}
recall-summary = Resumen
recall-sum-affected = Envases afectados
recall-sum-to-pull = Por retirar de los estantes (aquí, sin resultado aún)
recall-sum-not-quarantined = de ellos, aún no en cuarentena
recall-sum-dispensed = Dispensados o entregados
recall-sum-transferred = Enviados a otro centro
recall-sum-returned = Devueltos al proveedor
recall-sum-destroyed = Destruidos
recall-sum-missing = Registrados como desaparecidos
recall-sum-lot-to-pull = Cantidad por lote por retirar
recall-sum-lot-issued = Cantidad por lote entregada, para seguimiento
recall-sum-expected = Aún esperados en envíos abiertos
recall-sum-not-received = Números de serie afectados nunca recibidos
recall-sum-open = Elementos que aún necesitan un resultado
recall-to-pull-heading = Envases afectados por retirar, por ubicación
recall-nothing-to-pull = No queda ningún envase afectado por retirar en este centro: todos los que hay aquí tienen un resultado.
# $location (text): location code
# $count (number): packs to pull there
# $packs (text): the same, as printed
recall-to-pull-table = { $count ->
    [one] { $location }: { $packs } envase por retirar
   *[other] { $location }: { $packs } envases por retirar
}
recall-lots-held-table = Cantidades por lote en existencias
recall-departed-heading = Dispensados y enviados: seguimiento
recall-departed-table = Envases que salieron de la farmacia
recall-departed-empty = Ningún envase afectado que salió de la farmacia necesita aún seguimiento.
# $count (number): packs whose outcome is recorded
# $packs (text): the same, as printed
recall-departed-done = { $count ->
    [one] { $packs } envase afectado ya tiene su resultado registrado (devuelto, destruido, seguido): la conciliación lo incluye.
   *[other] { $packs } envases afectados ya tienen su resultado registrado (devueltos, destruidos, seguidos): la conciliación los incluye.
}
recall-lots-issued-table = Cantidades por lote entregadas
# $count (number): lot quantity whose outcome is recorded
# $quantity (text): the same, as printed
recall-lots-issued-done = Una cantidad de { $quantity } de existencias por lote entregadas ya tiene su resultado registrado (seguida): la conciliación la incluye.
recall-expected-table = Aún esperados en envíos abiertos: rechazar o poner en cuarentena a su llegada
recall-sign-pulled = Existencias retiradas y comprobadas por

## Recall reconciliation

# $number (text): recall number
recall-closure-title = Conciliación de la retirada { $number }
# $number (text): recall number
recall-closure-covers = retirada { $number }, sus eventos del registro y su seguimiento
recall-closure-fact-state = Situación
# $when (text): date and time
# $user (text): username
recall-closure-closed = cerrada el { $when } por { $user }
# $when (text): date and time
# $user (text): username
# $meaning (text): what the signature means, "approved"
recall-closure-closed-signed = cerrada el { $when } por { $user }, firmada ({ $meaning })
# $count (number): items still needing an outcome
# $items (text): the same, as printed
recall-closure-open = { $count ->
    [one] abierta: { $items } elemento aún necesita un resultado
   *[other] abierta: { $items } elementos aún necesitan un resultado
}
recall-closure-ready = abierta: todos los elementos tienen un resultado; lista para cerrar
recall-closure-outcome-open = ABIERTO
recall-closure-outcome-resolved = resuelto
recall-closure-packs-table = Envases afectados y su resultado
recall-closure-packs-empty = Ningún envase afectado.
recall-closure-lots-table = Cantidades por lote afectadas y su resultado
recall-closure-events-table = Eventos del registro de esta retirada
recall-closure-events-empty = Ningún evento del registro hace referencia a esta retirada.
recall-closure-notes-table = Seguimiento registrado (sin movimiento de existencias)
# $lot (text): lot code
recall-closure-note-lot = lote { $lot }

## Stock on hand

stock-title = Existencias
# $location (text): location code and name, "MAIN (Main store)"
# $date (text): ISO date
stock-covers-location = existencias en { $location } a { $date }
# $date (text): ISO date
stock-covers-all = existencias en todas las ubicaciones a { $date }
stock-fact-in-stock = En existencias
stock-fact-expired = De ellas, caducadas (por retirar)
stock-fact-quarantine = En cuarentena
stock-note-expired = CADUCADO
stock-table-empty = Sin existencias.
stock-table-none = Existencias en el centro
stock-none-held = No hay existencias.

## Expiry report

expiry-title = Informe de caducidades
# $location (text): location code and name, or "every location"
# $windows (text): the alert windows in days, "30/90/180"
# $date (text): ISO date
expiry-covers = existencias en { $location }, caducadas o que caducan en { $windows } días desde el { $date }
expiry-fact-expired = Caducado, aún en existencias
expiry-fact-value-expired = Valor caducado
# $days (number): the widest alert window
expiry-fact-expiring = { $days ->
    [one] Caduca en { $days } día
   *[other] Caduca en { $days } días
}
expiry-fact-value-expiring = Valor que caduca
expiry-explained = Las existencias caducadas deben retirarse de los estantes y ponerse en cuarentena para su destrucción o devolución. Los valores son al precio de contrato por envase.
expiry-table = Existencias caducadas y de caducidad próxima
# $days (number): the widest alert window
expiry-table-empty = { $days ->
    [one] Nada caducado ni que caduque en { $days } día.
   *[other] Nada caducado ni que caduque en { $days } días.
}
# $days (number): days since it expired
expiry-days-ago = hace { $days } d
# $days (number): days until it expires
expiry-days-left = en { $days } d

## Shortages

shortages-title = Desabastecimientos y pedido sugerido
# $location (text): location code and name, or every location with a reorder rule
# $date (text): ISO date
shortages-covers = reglas de reposición en { $location }, consumo hasta el { $date }
shortages-every-location = todas las ubicaciones con regla de reposición
shortages-fact-count = Desabastecimientos
shortages-fact-to-order = Envases por pedir (hasta el nivel máximo)
shortages-fact-window = Periodo de consumo
# $days (number): days in the window
# $first (text): ISO date
# $last (text): ISO date
shortages-window = { $days ->
    [one] { $days } día (del { $first } al { $last })
   *[other] { $days } días (del { $first } al { $last })
}
shortages-explained = Hay desabastecimiento cuando la cobertura utilizable (existencias que se usarán antes de caducar) está por debajo del punto de pedido, o se agotará dentro del plazo de entrega. El pedido sugerido lleva la cobertura utilizable hasta el nivel máximo. Los más urgentes primero.
shortages-table = Desabastecimientos y pedido sugerido
shortages-table-empty = Sin desabastecimientos.
shortages-sign-prepared = Preparado por (gestor de inventario)
shortages-sign-ordered = Pedido por (compras)

## Count variance

# $count (text): the count's number, "COUNT-3"
count-title = Diferencias del recuento { $count }
# $count (text): the count's number, "COUNT-3"
# $location (text): location code
count-covers = recuento { $count } en { $location }
count-fact-location = Ubicación
count-fact-status = Estado
count-fact-started = Iniciado
count-fact-started-by = Iniciado por
count-fact-blind = A ciegas
count-fact-found = Envases encontrados según lo esperado
count-fact-wrong-status = Estado incorrecto
count-fact-never-received = Nunca recibidos
count-fact-lot-differences = Lotes con diferencia
count-fact-result = Resultado
count-status-open = abierto
count-status-finished = terminado
count-status-applied = aplicado
count-status-abandoned = abandonado
count-result-clean = el recuento coincide con el registro
count-result-differences = diferencias por resolver
count-missing-table = Faltan
count-missing-empty = No falta ningún envase.
count-unexpected-table = Encontrados aquí, registrados en otro lugar
count-wrong-status-table = Estado incorrecto (sospechosos, o encontrados de nuevo)
count-not-received-table = Nunca recibidos aquí (sospechosos: en cuarentena al aplicar)
count-left-table = Salieron durante el recuento (justificados)
count-never-received = nunca recibido
count-lots-table = Existencias por lote
count-lots-empty = No se contaron existencias gestionadas por lote.
count-sign-counted = Contado por
count-sign-reviewed = Revisado por (gestor de inventario)

## Chain-of-custody certificate

# $gtin (text): GTIN-14
# $serial (text): serial
custody-title = Certificado de cadena de custodia { $gtin } / { $serial }
# $gtin (text): GTIN-14
# $serial (text): serial
custody-covers = todos los eventos del registro del GTIN { $gtin } número de serie { $serial }
# Beside the DataMatrix.
# $gtin (text): GTIN-14
# $serial (text): serial
custody-code-line = GTIN { $gtin }  N.º de serie { $serial }
custody-fact-generic = Denominación común
custody-fact-now = Ahora
custody-fact-flags = Avisos
custody-fact-events = Eventos
custody-flag-expired = caducado
custody-flag-expiring = caducidad próxima
custody-flag-quarantined = en cuarentena
custody-flag-suspect = sospechoso
custody-heading = Cadena de custodia
custody-new = nuevo
# $event (text): what the event was, "receive"
# $meaning (text): what the signature means, "approved"
custody-event-signed = { $event } (firmado, { $meaning })
custody-no-event = Ningún evento.
custody-proof-heading = Prueba
# $result (text): what the check found
custody-proof = Cada evento del registro está encadenado por hash: su hash SHA-256 cubre su contenido y el hash del evento anterior en este centro, de modo que ningún evento puede modificarse, eliminarse o insertarse sin romper la cadena. Cada evento anterior se comprobó al emitir este certificado: su hash recalculado a partir de lo almacenado y su enlace con el evento anterior. Resultado: { $result }.
custody-proof-intact = todos los eventos están intactos
# $events (text): the event numbers, "12, 14"
custody-proof-broken = LOS EVENTOS { $events } NO COINCIDEN CON SU HASH; no confíe en este historial
custody-hashes-table = Hashes del registro
custody-check-intact = íntegro
custody-check-broken = ROTO
custody-sign-certified = Certificado por (responsable de calidad)
custody-warning = ATENCIÓN: el registro no prueba este historial.

## Quarantine labels

# $count (number): labels
labels-title = Etiquetas de cuarentena ({ $count })
# $location (text): location code and name, or "every location"
labels-covers = envases en cuarentena en { $location }
labels-none = No hay ningún envase en cuarentena.
labels-quarantine = CUARENTENA — NO USAR
# $lot (text): lot code
# $expiry (text): ISO date
# $serial (text): serial
labels-pack = Lote { $lot }  Cad. { $expiry }  NS { $serial }
# $location (text): location code
# $reason (text): why it is held, as recorded
labels-held-at = Retenido en { $location }: { $reason }

## Audit extract

audit-title = Extracto de auditoría
# $from (text): ISO date
# $to (text): ISO date
audit-covers-range = eventos del { $from } al { $to }
# $from (text): ISO date
audit-covers-from = eventos desde el { $from }
# $to (text): ISO date
audit-covers-to = eventos hasta el { $to }
audit-covers-all = todos los eventos
# $user (text): username
audit-covers-user = por { $user }
# $location (text): location code and name
audit-covers-location = en { $location }
audit-fact-events = Eventos
audit-table = Eventos del registro
audit-table-empty = Ningún evento coincide.

## Pick list

# $list (text): the pick list's reference, "PICK-3"
pick-list-title = Lista de preparación { $list }
# $when (text): date and time
pick-list-covers = faltas en plantas y consultas a { $when }
pick-list-fact-list = Lista de preparación
pick-list-fact-made = Creada
pick-list-fact-made-by = Creada por
pick-list-fact-short = Falta en la ubicación de origen
# $list (text): the pick list's reference
pick-list-explained = Tome los envases indicados, primero los de caducidad más próxima, y escanee cada uno en la pantalla Lista de preparación: el escaneo registra el traslado a la planta con la referencia { $list }. Puede tomarse otro lote del mismo producto si no está caducado; nunca un envase caducado, en cuarentena o retirado.
# $location (text): location code
# $name (text): location name
pick-list-from = Desde { $location } ({ $name })
pick-list-none-usable = ninguno utilizable aquí
pick-list-table-empty = Nada que preparar.
pick-list-nothing = Ninguna planta ni consulta está por debajo de su punto de pedido.
pick-list-unsupplied-heading = Fuera de esta lista: sin ubicación de origen
pick-list-unsupplied-table = Plantas sin ubicación de origen
pick-list-sign-picked = Preparado por
pick-list-sign-checked = Comprobado por (farmacéutico)

## Supplier orders

orders-title = Pedidos a proveedores
# $when (text): date and time
orders-covers = faltas en farmacias y almacenes el { $when }
orders-fact-suppliers = Proveedores
orders-fact-total = Total a precios de contrato
orders-explained = Faltas en farmacias y almacenes, cada una hasta su nivel máximo, agrupadas por el proveedor habitual del producto. Las líneas sin precio de contrato no están en los totales.
orders-nothing = Ninguna farmacia ni almacén está por debajo de su punto de pedido.
orders-no-supplier = Sin proveedor habitual — elija uno
orders-supplier-none = ninguno
orders-total = Total
# $unpriced (number): lines without a contract price
orders-total-unpriced = Total ({ $unpriced } sin precio)
orders-sign-prepared = Preparado por
orders-sign-approved = Aprobado por (compras)

## Insights: the column headers of their tables

col-month = Mes
col-name = Nombre
col-units = Unidades
col-unpriced = Sin precio
col-expired = Caducadas
col-recalled = Retiradas
col-damaged = Dañadas
col-predicted = Previstas
col-surprise = Imprevistas
col-day = Día
col-disposition = Salida
col-cause = Causa
col-priced-by = Precio según
col-missing = Desaparecidas
col-found-elsewhere = Halladas en otro sitio
col-found-again = Reaparecidas
col-wrong-status = Estado erróneo
col-lot-short = Lote de menos
col-lot-surplus = Lote de más
col-value-lost = Valor perdido
col-counts = Recuentos
col-counts-with-variance = Con diferencias
col-keeps-disagreeing = Diferencias repetidas
col-count-ref = Recuento
col-variance = Diferencia
col-stays = Estancias
col-median-days = Días (mediana)
col-p90-days = Días (percentil 90)
col-since = Desde
col-weeks = Semanas
col-week = Semana
col-week-starts = Inicio
col-used = Consumido
col-used-last-year = Año anterior
col-reorder-point = Punto de pedido
col-par-level = Nivel máximo
col-stockout-days = Días sin existencias
col-overstock-days = Días de exceso
col-verdict = Regla
col-deliveries = Entregas
col-packs = Envases
col-short-dated = Caducidad corta
col-lot-or-expiry-differs = Lote o caducidad distintos
col-unexpected = Inesperadas
col-suspect = Sospechosas
col-duplicate-serials = Números de serie duplicados
col-over-contract = Sobre contrato
col-excess = Sobrecoste
col-recalls = Retiradas de lote
col-unit-cost = Coste unitario
col-contract-price = Contrato
col-finding = Hallazgo
col-received = Recibido
col-manufactured = Fabricado

## Insights: what every insight's report shares

# A title with the filters after it.
# $title (text): the insight's title, "Waste from 2026-01-01 to 2026-12-31"
# $filters (text): the filters in words, "at WARD-3A (Ward 3A); supplier MediDist (MEDIDIST)"
insight-title-filtered = { $title } — { $filters }
# $location (text): location code and name, "WARD-3A (Ward 3A)"
insight-filter-location = en { $location }
# $product (text): product name
# $gtin (text): its GTIN
insight-filter-product = { $product } ({ $gtin })
# $supplier (text): supplier name
# $code (text): supplier code
insight-filter-supplier = proveedor { $supplier } ({ $code })
insight-scope-all = todas las ubicaciones, productos y proveedores
# $from (text): first day, "2026-01-01"
# $to (text): last day
# $scope (text): the filters in words, or every location, product and supplier
insight-covers = días locales del { $from } al { $to }, { $scope }
# $percent (text): a whole percentage, "5"
insight-percent = { $percent } %
insight-total = Total
insight-no-supplier = sin proveedor

## Insights: waste

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-waste-title = Mermas del { $from } al { $to }
insight-waste-fact-units = Unidades perdidas
insight-waste-fact-value = Su valor
insight-waste-fact-unpriced = Unidades sin precio (fuera del valor)
insight-waste-fact-expired = Caducadas
insight-waste-fact-predicted = Caducadas, previstas
insight-waste-fact-surprise = Caducadas, imprevistas
insight-waste-fact-recalled = Retiradas
insight-waste-fact-damaged = Dañadas
insight-waste-explained = Existencias destruidas o devueltas al proveedor. La causa sale del registro: retirada cuando su lote estaba bajo una retirada, si no caducada cuando había pasado su caducidad el día de la salida, si no dañada. Una unidad caducada estaba prevista cuando figuraba en la lista de lo que caducará sin usarse 30 días antes de caducar. Los valores son el coste unitario de la recepción o, si no, el precio de contrato.
insight-waste-by-month = Mermas por mes
insight-waste-by-product = Mermas por producto
insight-waste-by-location = Mermas por ubicación
insight-waste-by-supplier = Mermas por proveedor
insight-waste-lines = Cada unidad perdida
insight-waste-none = No se perdió nada.
insight-cause-expired = caducada
insight-cause-recalled = retirada
insight-cause-damaged = dañada
insight-disposition-destroyed = destruida
insight-disposition-returned = devuelta al proveedor
insight-priced-receipt = recepción
insight-priced-contract = contrato
insight-priced-none = sin precio

## Insights: shrinkage

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-shrinkage-title = Pérdidas desconocidas del { $from } al { $to }
insight-shrinkage-fact-missing = Desaparecidas
insight-shrinkage-fact-found-elsewhere = Halladas en otra ubicación
insight-shrinkage-fact-found-again = Reaparecidas
insight-shrinkage-fact-wrong-status = Halladas en un estado erróneo
insight-shrinkage-fact-lot-short = Unidades de lote de menos
insight-shrinkage-fact-lot-surplus = Unidades de lote de más
insight-shrinkage-fact-value = Valor perdido
insight-shrinkage-fact-disagreeing = Ubicaciones con diferencias repetidas
insight-shrinkage-explained = Lo que los recuentos hallaron y el registro no esperaba. Un envase hallado donde el registro no lo tenía se imputa a la ubicación donde el registro lo tenía. Una ubicación tiene diferencias repetidas cuando tuvo dos recuentos o más y la mitad o más hallaron una diferencia.
insight-shrinkage-by-location = Pérdidas por ubicación
insight-shrinkage-by-month = Pérdidas por mes
insight-shrinkage-lines = Cada diferencia
insight-shrinkage-none = Ninguna diferencia.
insight-shrinkage-no-count = No se aplicó ningún recuento.
insight-variance-missing = desaparecida
insight-variance-found-elsewhere = hallada en otro sitio
insight-variance-found-again = reaparecida
insight-variance-wrong-status = estado erróneo
insight-variance-lot-short = lote de menos
insight-variance-lot-surplus = lote de más

## Insights: dwell time

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-dwell-title = Tiempo de permanencia del { $from } al { $to }
insight-dwell-fact-stays = Estancias terminadas
insight-dwell-fact-locations = Ubicaciones
insight-dwell-fact-threshold = En espera más de (días)
insight-dwell-fact-waiting = Unidades en espera desde hace más
insight-dwell-explained = Cuánto tiempo permanecieron los envases en una ubicación, desde su llegada hasta su salida, para las estancias terminadas en el periodo (la cantidad de un lote cuenta una vez por unidad); mediana y percentil 90 en días. Después, las existencias que llevan en una ubicación más que el umbral.
insight-dwell-locations = Estancias por ubicación
insight-dwell-distribution = Estancias por ubicación según su duración (días)
insight-dwell-products = Estancias por ubicación y producto: en cada ubicación, los productos con las estancias más largas
# $days (text): the threshold in days, "90"
insight-dwell-waiting = En espera desde hace más de { $days } días
insight-dwell-none = Ninguna estancia terminada.
insight-dwell-none-waiting = Nada espera desde hace tanto.
# $days (text): a bucket's bound in days, "7"
insight-dwell-under = menos de { $days }
# $days (text): the last bound in days, "365"
insight-dwell-over = { $days } o más

## Insights: consumption trends

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-trends-title = Tendencias de consumo del { $from } al { $to }
insight-trends-fact-rows = Productos y ubicaciones
insight-trends-fact-used = Unidades consumidas
insight-trends-fact-too-low = Reglas demasiado bajas
insight-trends-fact-too-high = Reglas demasiado altas
insight-trends-explained = Consumo semanal por producto y ubicación (lo dispensado) frente a la misma semana del año anterior y a la regla de reposición vigente entonces: demasiado baja cuando hubo días sin existencias con el punto de pedido por debajo del consumo durante el plazo de entrega, demasiado alta cuando más de la mitad de los días se superó el nivel máximo.
insight-trends-rows = Consumo por producto y ubicación
insight-trends-weeks = Consumo por semana
insight-trends-none = No se consumió nada.
insight-verdict-too-low = demasiado baja
insight-verdict-too-high = demasiado alta
insight-verdict-fits = adecuada
insight-verdict-no-rule = sin regla

## Insights: supplier quality

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-suppliers-title = Calidad de los proveedores del { $from } al { $to }
insight-suppliers-fact-suppliers = Proveedores
insight-suppliers-fact-packs = Unidades recibidas
insight-suppliers-fact-over-contract = Recepciones sobre contrato
insight-suppliers-fact-excess = Pagado sobre contrato
insight-suppliers-fact-affected = Envases afectados
insight-suppliers-fact-tolerance = Tolerancia de precio
insight-suppliers-fact-short-dated-days = Caducidad corta por debajo de (días restantes)
insight-suppliers-explained = Lo que cada proveedor y fabricante envió y lo que estaba mal: caducidad corta al llegar, lote o caducidad distintos del aviso de expedición, envases inesperados o que faltan, números de serie sospechosos o duplicados, precios sobre contrato más allá de la tolerancia y retiradas que afectan a sus lotes.
insight-suppliers-table = Proveedores
insight-manufacturers-table = Fabricantes
insight-suppliers-none = No se recibió nada.
insight-over-contract-table = Recepciones sobre contrato
insight-over-contract-none = Ninguna recepción sobre contrato.
insight-affected-table = Envases afectados
insight-affected-none = Ningún envase afectado.
insight-finding-short-dated = caducidad corta
insight-finding-lot-or-expiry = lote o caducidad distintos
insight-finding-unexpected = inesperado
insight-finding-suspect = sospechoso
insight-finding-duplicate-serial = número de serie duplicado
insight-finding-over-contract = sobre contrato
insight-finding-recalled = retirado

## Supplier scorecard

# $code (text): supplier code
# $from (text): first day, "2026-01-01"
# $to (text): last day
scorecard-title = Evaluación del proveedor: { $code }, del { $from } al { $to }
# $from (text): first day
# $to (text): last day
# $code (text): supplier code
scorecard-covers = existencias recibidas de { $code } los días locales del { $from } al { $to }
scorecard-fact-supplier = Proveedor
scorecard-fact-deliveries = Entregas
scorecard-fact-packs = Unidades recibidas
scorecard-fact-short-dated = Caducidad corta al llegar
scorecard-fact-lot-or-expiry = Lote o caducidad no conformes al aviso
scorecard-fact-unexpected = Unidades inesperadas
scorecard-fact-missing = Avisadas, nunca recibidas
scorecard-fact-suspect = Unidades sospechosas
scorecard-fact-duplicate-serials = Números de serie duplicados
scorecard-fact-over-contract = Líneas de recepción sobre contrato
scorecard-fact-excess = Pagado sobre contrato
scorecard-fact-recalls = Retiradas que afectan a sus lotes
scorecard-explained = El historial de este proveedor en el periodo, para su revisión de calidad: cada recepción facturada sobre contrato con su importe y cada envase afectado con su fabricante, su lote y su fecha de fabricación, para rastrearlo hasta el origen.
