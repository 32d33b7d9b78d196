# The command line's own words in Spanish — DRAFT for native review (issue #22). Translated from
# en.ftl by the developers with docs/translations/glossary.es.md; not yet read by a Spanish-speaking
# pharmacist. Send corrections as changes to this file. Never `--help` (English) and never `--json`.
# Ids, $arguments and selector keys stay as in en.ftl; the comments are English's, to keep the
# files comparable. Plurals: [one] for 1, *[other] the rest. Codes, commands, GTINs, lots, serials,
# usernames and statuses printed as codes (in_stock, quarantined) are never translated.

# The language a command speaks, when asked with --lang.
# $lang (text): the language's own name
cli-speaking = Hablo { $lang }.

## Words every command uses

cli-yes = sí
cli-no = no
# Column headers shared by several tables.
cli-col-gtin = GTIN
cli-col-product = producto
cli-col-location = ubicación
cli-col-name = nombre
cli-col-by = por
cli-col-occurred = ocurrido
cli-col-recorded = registrado
cli-col-expired = caducado
cli-col-serial = n.º de serie
cli-col-lot = lote
cli-col-expiry = caducidad
cli-col-status = estado
cli-col-quantity = cantidad
cli-col-outcome = resultado
cli-col-min = punto de pedido
cli-col-max = nivel objetivo
# Refused when neither --as nor CUSTODY_USER names who acts.
cli-who-is-acting = ¿quién actúa? indique --as USUARIO o defina CUSTODY_USER
# Refused when neither --db nor CUSTODY_DB names the database.
cli-no-database = no se ha indicado base de datos: indique --db RUTA o defina CUSTODY_DB
# The prompt for the acting user's password (a trailing space follows it).
# $user (text): the username
cli-password-for = Contraseña de { $user }:{" "}
# The prompt for the password that signs an action.
# $meaning (text): what the signature means (a code such as "approval")
cli-password-to-sign = Vuelva a introducir su contraseña para firmar ({ $meaning }):{" "}
# The prompt for a new password.
# $user (text): whose password
cli-new-password-for = Nueva contraseña de { $user }:{" "}
cli-new-password-again = Otra vez:{" "}

## receive, dispense, transfer, return, quarantine, release, destroy, return-to-supplier

# The verdict of one scan, at the start of its line (padded to 8 characters).
scan-accepted = ACEPTADO
scan-warning = AVISO
scan-asks = PREGUNTA
scan-blocked = BLOQUEADO
# A lot-tracked scan: the product's GTIN, its lot and how many.
# $gtin (text): the GTIN
# $lot (text): the lot
# $quantity (number): how many units
scan-lot-pack = { $gtin } lote { $lot } ×{ $quantity }
# A further finding of the same scan.
# $code (text): the finding's code
# $message (text): its sentence
scan-also = además { $code }: { $message }
# How a held or overridden pack was recorded.
# $status (text): its status (a code such as "quarantined")
scan-recorded = registrado como { $status }
# $status (text): its status (a code such as "quarantined")
# $location (text): the location's code
scan-recorded-at = registrado como { $status } en { $location }

## scan image

# One code found in a photo: its kind, its symbology identifier and where it is.
# $format (text): the kind of symbol (a code such as "data_matrix")
# $symbology (text): its symbology identifier, such as "]d2"
# $position (text): its place in pixels, "left,top–right,bottom"
scan-image-code = { $format } { $symbology } en { $position }

# The data of a code as read, each group separator shown as <GS>.
# $raw (text): the data
scan-image-raw = datos: { $raw }

# What the code's data decodes to.
# $fields (text): the fields, such as "gtin 09506000134352, lot ABC123"
scan-image-fields = decodificado: { $fields }

# A code whose data does not decode as pack data.
# $message (text): the decoder's sentence
scan-image-not-decoded = no decodificado: { $message }

# A photo in which no code could be read.
scan-image-none = no se encontró ningún código

# A HEIC/HEIF photo, refused.
scan-image-heic = las fotos HEIC no son compatibles; exporte la foto como JPEG o PNG

# A file that is neither a JPEG, a PNG nor a HEIC photo.
# $found (text): what it looks like ("GIF", "PDF", "an empty file", …)
scan-image-unknown-format = no es una foto JPEG ni PNG: se encontró { $found }

# A JPEG or PNG whose pixels could not be decoded.
# $format (text): "JPEG" or "PNG"
# $reason (text): the image decoder's reason, in English
scan-image-unreadable = no se pudo decodificar el { $format }: { $reason }

# A file that could not be read, and why.
# $file (text): the file
# $reason (text): why
scan-image-refused = { $file }: { $reason }

## stock, history

stock-col-in-stock = en existencias
stock-col-quarantined = en cuarentena
stock-col-earliest-expiry = caducidad más próxima
# A lot's history, first line.
# $product (text): the product's name
# $lot (text): the lot
# $expiry (text): its expiry date, or nothing
history-lot = { $product } — lote { $lot } (caducidad { $expiry })
# $count (number): how many packs
# $status (text): their status (a code such as "in_stock")
history-lot-packs = { $count } { $count ->
        [one] envase
       *[other] envases
    } { $status }
# $quantity (number): how many units
# $status (text): their status (a code)
# $location (text): the location's code
history-lot-quantity = { $quantity } { $status } en { $location }
# A pack's history, first line.
# $product (text): the product's name
# $gtin (text): the GTIN
# $serial (text): the serial number
history-pack = { $product } — GTIN { $gtin } n.º de serie { $serial }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
history-pack-state = lote { $lot }, caducidad { $expiry }, { $status }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
# $location (text): the location's code
history-pack-at = lote { $lot }, caducidad { $expiry }, { $status } en { $location }
# Where a pack was before its first event.
history-new = nuevo
# Who recorded an event.
# $name (text): the person's full name
# $user (text): their username
history-by = por { $name } ({ $user })
# $at (text): when the event was recorded
history-recorded = registrado el { $at }
# $partner (text): the trading partner's code
history-partner = socio { $partner }
# $reference (text): the document's reference
history-reference = ref. { $reference }
# $reason (text): the reason given
history-reason = motivo: { $reason }
# $meaning (text): what the signature means (a code)
# $name (text): who signed
history-signed = firmado ({ $meaning }) por { $name }
# $scan (text): the scan as the scanner sent it
history-scan = lectura { $scan }
# $quantity (number): how many units
history-quantity = cantidad { $quantity }
# $event (text): the event's id
# $hash (text): the start of its hash
history-event = evento { $event } huella { $hash }
# A pack written off (custody write-off): reported stolen, or taken as a sample.
# $serial (text): the serial number
# $status (text): its status now (missing, transferred_out)
# $location (text): the location's code it was held at
write-off-done = El envase { $serial } está ahora { $status ->
        [missing] desaparecido
        [transferred_out] fuera del centro
       *[other] { $status }
    } (estaba en { $location }).
# $id (number): the national request queued with it
write-off-decommission = Su desactivación nacional está en cola como solicitud { $id }.
write-off-no-decommission = No se puso en cola ninguna desactivación nacional: el centro no desactiva, o ya existe una para este envase (un hospital que desactiva en la recepción la hizo entonces).

## user

user-col-change = cambio
user-col-role = rol
user-col-active = activo
user-col-username = usuario
# $user (text): the username
# $name (text): the full name
# $role (text): the role (a code such as "staff")
user-added = Usuario { $user } añadido ({ $name }, { $role }).
# $user (text): the username
user-password-set = Contraseña de { $user } establecida.
# $user (text): the username
# $name (text): the full name
user-enabled = { $user } ({ $name }) habilitado.
# $user (text): the username
# $name (text): the full name
user-disabled = { $user } ({ $name }) deshabilitado; sus registros conservan su nombre.
# $user (text): the username
# $name (text): the full name
# $role (text): the new role (a code such as "manager")
user-role-set = { $user } ({ $name }) tiene ahora el rol { $role }.
# $lang (text): the language's own name
user-language-chosen = Su elección: { $lang }.
user-language-none = No ha elegido ningún idioma: inglés aquí, el idioma del ordenador en la aplicación.
# $lang (text): the language's own name
user-language-set = Custody le habla ahora en { $lang }.
user-language-cleared = Su elección de idioma se ha olvidado: inglés aquí, el idioma del ordenador en la aplicación.

## count

# A count's first line.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info = Recuento { $count } en { $location }: { $status } (iniciado el { $at } por { $user })
# The same, for a blind count.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info-blind = Recuento { $count } en { $location }: { $status } (a ciegas, iniciado el { $at } por { $user })
# After the first line, when the count covers some products only.
# $products (text): their GTINs
count-info-products = ; productos { $products }
# $counted (number): packs counted so far
# $expected (number): packs the ledger expects
count-counted-of = { $counted } de { $expected } { $expected ->
        [one] envase esperado contado
       *[other] envases esperados contados
    }
# $counted (number): packs counted so far
count-counted = { $counted } { $counted ->
        [one] envase contado
       *[other] envases contados
    }
# $quantity (number): units of lot-tracked stock counted
count-lot-counted = { $quantity } { $quantity ->
        [one] unidad con control por lote contada
       *[other] unidades con control por lote contadas
    }
# A list of packs in a variance, with its title.
# $title (text): one of the count-missing … count-arrived-during titles
# $count (number): how many packs
count-section = { $title } ({ $count }):
count-missing = Faltan: esperados aquí, no contados
count-unexpected = Encontrados aquí, registrados en otro lugar
count-wrong-status = Estado incorrecto: sospechosos (o reaparecidos si constaban como desaparecidos)
count-not-received = Nunca recibidos aquí
count-left-during = Salieron durante el recuento (contabilizados)
count-arrived-during = Llegaron durante el recuento, no contados (sin ajuste)
count-col-ledger-says = según el registro
# $status (text): a status (a code)
# $location (text): the location's code
count-status-at = { $status } en { $location }
count-never-received-cell = nunca recibido aquí
# $found (number): packs found where the ledger has them
count-found-clean = { $found } { $found ->
        [one] envase encontrado
       *[other] envases encontrados
    } como se esperaba; sin diferencias.
# $found (number): packs found where the ledger has them
count-found = { $found } { $found ->
        [one] envase encontrado
       *[other] envases encontrados
    } como se esperaba.
count-lots = Lotes:
count-col-expected = esperado
count-col-counted = contado
count-col-difference = diferencia
# $count (number): the count's number
count-scan-with = Escanee con: custody count scan { $count } < scans.txt
count-none = No hay recuentos.
count-col-count = recuento
count-col-started = iniciado
count-col-kind = tipo
count-col-note = nota
count-kind-all = todos los productos
count-kind-blind-all = a ciegas, todos los productos
# $products (number): how many products the count covers
count-kind-some = { $products } { $products ->
        [one] producto
       *[other] productos
    }
# $products (number): how many products the count covers
count-kind-blind-some = a ciegas, { $products } { $products ->
        [one] producto
       *[other] productos
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
count-applied = Recuento { $count } aplicado: { $missing } desaparecido(s), { $moved } trasladado(s) aquí, { $found } reaparecido(s), { $quarantined } sospechoso(s) a cuarentena; lotes +{ $added } / -{ $removed }; { $events } { $events ->
        [one] evento
       *[other] eventos
    } en el registro.
# $count (number): the count's number
count-abandoned = Recuento { $count } abandonado; no se ha escrito nada en el registro.

## reorder, shortages, expiring, alert-windows, position

# A number of days in a table cell.
# $days (number): how many days
cli-days-short = { $days } d
levels-col-lead-time = plazo
levels-col-on-hand = existencias
levels-col-usable = utilizable
levels-col-held = retenido
levels-col-per-day = por día
levels-col-cover = cobertura
levels-col-stock-out = rotura el
levels-col-order = pedido
levels-col-why = por qué
# $product (text): the product's name
# $location (text): the location's code
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-set = { $product } en { $location }: pedir por debajo de { $min }, hasta { $max }, plazo { $days } { $days ->
        [one] día
       *[other] días
    }.
# $rules (number): how many rules
reorder-imported = { $rules } { $rules ->
        [one] regla de reposición establecida
       *[other] reglas de reposición establecidas
    }.
# $rules (number): how many rules
reorder-saved = { $rules } { $rules ->
        [one] regla guardada
       *[other] reglas guardadas
    }.
# $rules (number): how many suggestions
reorder-suggested = { $rules } { $rules ->
        [one] sugerencia
       *[other] sugerencias
    }; --apply las guarda.
# custody reorder history: every change of a rule, newest first.
reorder-history-col-changed = cambiada
reorder-history-col-before = antes
reorder-history-col-after = después
# A rule's levels in the history's before and after columns.
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-history-levels = mín { $min }, máx { $max }, { $days } d
# Before a change that made a new rule.
reorder-history-new = (regla nueva)
# After a change that removed the rule.
reorder-history-removed = (eliminada)
reorder-history-none = No se ha cambiado ninguna regla de reposición.
shortages-none = Sin desabastecimientos: cada producto con regla de reposición tiene cobertura utilizable suficiente.
# $days (text): the windows, e.g. "30, 60, 90"
alert-windows = Ventanas de alerta de caducidad: { $days } días.
expiring-col-window = ventana
expiring-col-days = días
expiring-col-qty = cant.
expiring-col-value = valor
# The window of stock already expired.
expiring-expired = CADUCADO
# $days (number): the alert window in days
expiring-within = ≤{ $days } d

## recall

recall-class-i = Clase I
recall-class-ii = Clase II
recall-class-iii = Clase III
recall-class-withdrawal = Retirada del mercado
# A recall entered, imported or extended.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-entered = Retirada { $recall } introducida ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-imported = Retirada { $recall } importada ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-extended = Retirada { $recall } ampliada ({ $class }): { $title }.
# $units (number): packs put in quarantine
# $quantity (number): units of lot-tracked stock put in quarantine
# $events (number): ledger events written
# $recall (text): the recall's number
recall-held = Puestos en cuarentena en su sitio: { $units } { $units ->
        [one] envase
       *[other] envases
    } y { $quantity } unidad(es) con control por lote, en { $events } { $events ->
        [one] evento
       *[other] eventos
    } del registro con referencia { $recall }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
recall-header = Retirada { $recall }  { $class }
# The labels of a recall's details; the values are lined up after the longest.
recall-label-reason = Motivo:
recall-label-instructions = Instrucciones:
recall-label-issued = Emitida:
recall-label-entered = Introducida:
recall-label-closed = Cerrada:
recall-label-status = Estado:
recall-label-scope = Alcance:
# $date (text): the date the recall was issued
# $issuer (text): who issued it
recall-issued-by = { $date } por { $issuer }
# $at (text): when it was entered
# $user (text): who entered it
recall-entered-by = { $at } por { $user }
# $at (text): when it was closed
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
recall-closed-by = { $at }, firmada ({ $meaning }) por { $user }
recall-status-open = abierta
recall-closed-cell = cerrada
# $units (number): packs in the recall's reach
# $in_stock (number): of them in stock
# $quarantined (number): quarantined
# $dispensed (number): dispensed
# $transferred (number): transferred out
# $returned (number): returned to the supplier
# $destroyed (number): destroyed
# $missing (number): missing
recall-reach = Alcance: { $units } { $units ->
        [one] envase
       *[other] envases
    }: { $in_stock } en existencias, { $quarantined } en cuarentena, { $dispensed } dispensado(s), { $transferred } trasladado(s) fuera, { $returned } devuelto(s) al proveedor, { $destroyed } destruido(s), { $missing } desaparecido(s)
# $held (number): units of lot-tracked stock held
# $issued (number): units of lot-tracked stock issued
# $expected (number): packs still expected on open shipments
# $not_received (number): serials never received here
recall-reach-lots = con control por lote: { $held } retenido(s), { $issued } entregado(s); { $expected } aún esperado(s) en envíos abiertos; { $not_received } { $not_received ->
        [one] número de serie nunca recibido
       *[other] números de serie nunca recibidos
    } aquí
# $open (number): items that still need an outcome
recall-reach-open = Abiertos: { $open } { $open ->
        [one] elemento necesita un resultado
       *[other] elementos necesitan un resultado
    }
# $serial (text): a serial number
recall-serial = n.º de serie { $serial }
# $lot (text): a lot
recall-lot = lote { $lot }
# $shipment (text): the shipment's reference
# $pack (text): the GTIN with its serial or lot
# $quantity (number): how many
recall-still-expected = Aún esperado en { $shipment }: { $pack } (cantidad { $quantity })
# $pack (text): the pack never received
recall-never-received = Nunca recibido aquí: { $pack }
# An item that still needs an outcome.
recall-open-cell = ABIERTO
recall-col-where = dónde
recall-col-since = desde
recall-col-document = documento
recall-col-number = número
recall-col-class = clase
recall-col-issued = emitida
recall-col-title = título
recall-col-packs = envases
recall-col-open = abiertos
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
# $user (text): who entered it there
recall-shared-already = El servidor central ya tiene la retirada { $recall } (retirada de red { $network }, introducida por { $user }): no se ha introducido nada nuevo.
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
recall-shared = Retirada { $recall } compartida: retirada de red { $network } en el servidor central; cada centro que usa el producto la recibe en su próxima sincronización.
# $notices (number): how many recall notices the file holds
recall-several = El archivo contiene { $notices } avisos de retirada: cada uno es una retirada distinta.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $open (number): items still open
recall-outcome = «{ $outcome }» registrado para { $units } { $units ->
        [one] envase
       *[other] envases
    } y { $quantity } unidad(es) con control por lote; { $open } { $open ->
        [one] elemento sigue abierto
       *[other] elementos siguen abiertos
    }.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $events (number): ledger events written
# $open (number): items still open
recall-outcome-events = «{ $outcome }» registrado para { $units } { $units ->
        [one] envase
       *[other] envases
    } y { $quantity } unidad(es) con control por lote ({ $events } { $events ->
        [one] evento
       *[other] eventos
    } del registro); { $open } { $open ->
        [one] elemento sigue abierto
       *[other] elementos siguen abiertos
    }.
# $recall (text): the recall's number
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
# $at (text): when
recall-closed = Retirada { $recall } cerrada: firmada ({ $meaning }) por { $user } el { $at }.

## backup

# $file (text): the backup's file
# $size (text): its size in MB, e.g. "12.5"
# $events (number): events on its ledger
backup-taken = Copia de seguridad { $file } ({ $size } MB), verificada: integridad correcta, registro intacto ({ $events } { $events ->
        [one] evento
       *[other] eventos
    }).
backup-col-taken = realizada (UTC)
backup-col-size = tamaño
backup-col-file = archivo
# $file (text): the backup's file
# $events (number): events on its ledger
backup-good = { $file }: integridad correcta, registro intacto ({ $events } { $events ->
        [one] evento
       *[other] eventos
    }), esquema conforme a las migraciones.
# $file (text): the backup's file
backup-damaged = { $file }: DAÑADA
# Refused: a restore replaces the database only when asked with --yes.
# $db (text): the database file
# $file (text): the backup's file
backup-restore-needs-yes = esto sustituye { $db } por { $file } (la base de datos actual se guarda aparte); añada --yes para continuar
# $db (text): the database file
# $file (text): the backup's file
# $aside (text): where the previous database is kept
backup-restored = { $db } restaurada desde { $file }; la base de datos anterior se conserva como { $aside }.

## verify, clock-correct, late-entry

# $seq (text): the event's sequence number, grouped by thousands
# $hash (text): the start of its hash
verify-last-event = Último evento comprobado: { $seq } (huella { $hash }…).
# $correction (text): a clock correction recorded on the ledger
verify-declared = declarado en el registro: { $correction }
# $seq (number): the checkpoint's event sequence number
verify-checkpoint = Punto de control verificado registrado (evento n.º { $seq }).
# $why (text): why no checkpoint was recorded
verify-no-checkpoint = No se ha registrado punto de control: { $why }
# $problems (number): problems found
# $covered (text): what was checked, as verify-covered-… says it
verify-not-intact = REGISTRO NO INTACTO: { $problems } { $problems ->
        [one] problema encontrado
       *[other] problemas encontrados
    } ({ $covered }).
# $more (number): findings not listed
verify-more = … y { $more } más.
# $first (text): the first event checked, grouped by thousands
# $last (text): the last, grouped by thousands
verify-events = eventos { $first }–{ $last }
verify-no-events = ningún evento
# $range (text): the events checked, as verify-events says it
# $units (text): packs checked
# $lots (text): lots checked
# $days (text): days checked
# $at (text): when the checkpoint was recorded
# $seq (text): the checkpoint's event
verify-covered-since = comprobados { $range } y { $units } envase(s), { $lots } lote(s) y { $days } día(s) modificados desde el punto de control registrado el { $at } (evento n.º { $seq }); los eventos anteriores y las filas no modificadas desde entonces no se han comprobado esta vez: ejecute `verify --full` para todo
# $range (text): the events checked, as verify-events says it
verify-covered-all = comprobados todos los { $range }
# $events (number): events checked
# $lines (number): event lines checked
# $units (number): packs checked
verify-intact = Registro intacto: { $events } { $events ->
        [one] evento
       *[other] eventos
    }, { $lines } { $lines ->
        [one] línea
       *[other] líneas
    }, { $units } { $units ->
        [one] envase comprobado
       *[other] envases comprobados
    }; las tablas de existencias y los roles de los usuarios coinciden con el registro.
# $covered (text): what was checked, as verify-covered-… says it
verify-intact-since = Registro intacto desde el último punto de control: { $covered }.
# $event (text): the event's id
# $seq (number): its sequence number
clock-corrected = Corrección del reloj registrada como evento { $event } (n.º { $seq }); el registro continúa desde ahora.
# $days (number): the late-entry window in days
late-entry-days = Lo ocurrido puede introducirse hasta { $days } { $days ->
        [one] día
       *[other] días
    } atrás.

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
        [one] { $shown } tanda
       *[other] { $shown } tandas
    }
# $count (number): how many
# $shown (text): the number as printed
sync-changes = { $count ->
        [one] { $shown } cambio
       *[other] { $shown } cambios
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
        [one] { $shown } cambio de alarma
       *[other] { $shown } cambios de alarma
    }
# $count (number): how many
# $shown (text): the number as printed
sync-network-recalls = { $count ->
        [one] { $shown } retirada de red
       *[other] { $shown } retiradas de red
    }
# $count (number): how many
# $shown (text): the number as printed
sync-accounts = { $count ->
        [one] { $shown } cuenta
       *[other] { $shown } cuentas
    }
# $site (text): the site's code
# $hub (text): the hub's address
sync-enrolled = { $site } inscrito en el servidor central { $hub }.
# $count (number): how many outcomes
# $shown (text): the number as printed
# $new (text): how many were new to the hub, as printed
sync-outcomes-sent = Enviado(s) al servidor central { $count ->
        [one] { $shown } resultado
       *[other] { $shown } resultados
    } de retiradas de red ({ $new } nuevo(s)).
# $count (number): how many outcomes
# $shown (text): the number as printed
sync-outcomes-refused = El servidor central rechazó { $count ->
        [one] { $shown } resultado de retirada
       *[other] { $shown } resultados de retirada
    }: se guardan solo aquí (`custody recall reach` los sigue mostrando).
# $message (text): why sending stopped
sync-outcomes-not-sent = Resultados de retirada no enviados: { $message }.
# $message (text): why the pull stopped
sync-pull-stopped = Recepción detenida: { $message }.
# $changes (text): the changes pulled, as sync-changes says them
# $pages (text): the pages, as sync-pages says them
# $products_added (text): new products, as printed
# $products_changed (text): changed products, as printed
# $partners_added (text): new partners, as printed
# $partners_changed (text): changed partners, as printed
# $alarms (text): alarm changes, as sync-alarm-changes says them
# $recalls (text): network recalls, as sync-network-recalls says them
# $unchanged (text): changes that changed nothing here, as printed
sync-pulled = Recibido(s) { $changes } en { $pages }: productos { $products_added } nuevo(s), { $products_changed } modificado(s); socios { $partners_added } nuevo(s), { $partners_changed } modificado(s); { $alarms }; { $recalls }; { $unchanged } ya como los tiene el servidor central.
sync-no-alarm = Ninguna alarma del servidor central.
sync-no-open-alarm = Ninguna alarma abierta del servidor central.
# The header of the alarms' list: columns separated by tabs, as scripts split them.
sync-alarms-header = ALARMA{"\u0009"}ENVASE{"\u0009"}ESTADO{"\u0009"}PATRONES{"\u0009"}CENTROS{"\u0009"}ABIERTA{"\u0009"}CERRADA
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-push = Nada que enviar; el servidor central tiene hasta el evento { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $acked (text): the last event the hub holds, as printed
sync-pushed = Enviado(s) { $events } en { $batches }; el servidor central tiene hasta el evento { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $held (text): how many the hub held already, as printed
# $acked (text): the last event the hub holds, as printed
sync-pushed-held = Enviado(s) { $events } en { $batches } ({ $held } ya los tenía); el servidor central tiene hasta el evento { $acked }.
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-pull-back = Nada que recuperar: el registro de este centro tiene todos los eventos del servidor central ({ $acked }).
# $event (text): the event, as printed
sync-pulled-back-one = Evento { $event } recuperado del servidor central.
# $first (text): the first event, as printed
# $last (text): the last event, as printed
sync-pulled-back = Eventos { $first }–{ $last } recuperados del servidor central.
# $accounts (text): the accounts, as sync-accounts says them
sync-accounts-without-password = { $accounts } añadida(s) tras la copia de seguridad volvieron sin contraseña: un administrador establece una.
# $waiting (text): the events on the ledger, as sync-events says them
sync-not-enrolled = No inscrito en un servidor central: un administrador inscribe este centro con `custody sync enrol --hub URL --code CODE`. { $waiting } en el registro.
# $ago (text): how long ago, as sync-just-now … sync-on say it
# $waiting (text): the events waiting, as sync-events says them
sync-synced = Sincronizado { $ago }; { $waiting } en espera.
# $waiting (text): the events waiting, as sync-events says them
sync-enrolled-nothing-pushed = Inscrito, aún no se ha enviado nada; { $waiting } en espera.
# $at (text): since when, a local time (or date and time)
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline-since = Sin conexión desde { $at }, { $waiting } en espera{ $message }.
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline = Sin conexión desde el último envío, { $waiting } en espera{ $message }.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-fork = Bifurcación: llame al administrador del servidor central{ $message }. No se envía nada hasta que se resuelva; { $waiting } en espera.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-suspended = Suspendido por el servidor central: llame a su administrador{ $message }; { $waiting } en espera.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-refused = Rechazado por el servidor central{ $message }; { $waiting } en espera.
# $hub (text): the hub's address
# $site (text): the site's code
# $acked (text): the last event the hub holds, as printed
# $last (text): the last event on this site's ledger, as printed
sync-hub = Servidor central { $hub }, centro { $site }: el servidor central tiene hasta el evento { $acked } de { $last }.
sync-just-now = ahora mismo
# $minutes (number): minutes ago
sync-minutes-ago = hace { $minutes } min
# $hours (number): hours ago
sync-hours-ago = hace { $hours } h
# $date (text): a date and time
sync-on = el { $date }

## init, product, location, partner, settings, report

# $file (text): the database file
cli-created-database = Base de datos { $file } creada.
cli-col-code = código
cli-col-kind = tipo
# $site (text): the site's code
# $name (text): the site's name
init-set-up = Centro { $site } ({ $name }) configurado.
# $site (text): the site's code
# $name (text): the site's name
# $admin (text): the administrator's username
init-set-up-admin = Centro { $site } ({ $name }) configurado con el administrador { $admin }.
# $gtin (text): the product's GTIN
# $name (text): its name
product-added = Producto { $gtin } añadido ({ $name }).
# $gtin (text): the product's GTIN
# $name (text): its name
product-changed = Producto { $gtin } modificado ({ $name }).
# $products (number): how many products
# $file (text): the file they came from
product-imported = { $products } { $products ->
        [one] producto importado
       *[other] productos importados
    } desde { $file }.
product-col-tracking = trazabilidad
product-col-pack = envase
product-col-manufacturer = fabricante
# $code (text): the location's code
# $name (text): its name
location-added = Ubicación { $code } añadida ({ $name }).
# $code (text): the partner's code
# $name (text): its name
partner-added = Socio { $code } añadido ({ $name }).
partner-col-gln = GLN
settings-scanners = Lectores
settings-substitutes = enviado en lugar del separador de grupo:
settings-no-substitutes = nada (los lectores envían el propio separador de grupo)
settings-leading-gs = se descarta un separador de grupo tras el identificador de simbología:
settings-plain-symbol = se leen datos GS1 en un Data Matrix simple:
settings-receipts = Recepciones
settings-short-dated = de caducidad próxima si caduca dentro de:
settings-price-tolerance = aviso de precio si supera el precio de contrato en más de:
settings-currency = los precios están en:
settings-no-currency = ninguna moneda elegida (los importes son números sin más)
settings-alert-windows = Ventanas de alerta de caducidad:
# $days (text): a number of days, or several separated by commas
settings-days = { $days } días
# $file (text): the file written
# $title (text): the report's title
# $rows (number): rows in it
# $kb (number): its size in KB
report-wrote = Escrito { $file }: { $title } ({ $rows } { $rows ->
        [one] fila
       *[other] filas
    }, { $kb } KB).

## expected, export epcis

expected-col-id = n.º
expected-col-reference = referencia
expected-col-lines = líneas
expected-col-received = recibido
expected-col-closed = cerrado
expected-col-line = línea
expected-col-advice = según el aviso
# $received (number): how many packs were received
# $location (text): where they were received
expected-received-into = { $received } { $received ->
        [one] envase recibido
       *[other] envases recibidos
    } en { $location }.
# A line the whole receipt left out, under expected-received-into.
# $reason (text): which line and why
expected-not-received = no recibido: { $reason }
# $id (text): the shipment's number
# $reference (text): its document number
# $from (text): the supplier as expected-from says it, or nothing
# $matched (number): lines received
# $expected (number): lines expected
# $closed (text): when it was closed as expected-closed says it, or nothing
expected-shipment = Envío { $id } ({ $reference }{ $from }): { $matched } de { $expected } { $expected ->
        [one] línea recibida
       *[other] líneas recibidas
    }{ $closed }
# After the shipment's reference, inside its brackets.
# $partner (text): the supplier
expected-from = , de { $partner }
# At the end of expected-shipment.
# $at (text): when it was closed
expected-closed = , cerrado el { $at }
expected-still-expected = Aún pendiente:
expected-discrepancies = Discrepancias (recibido de forma distinta a lo que dice el aviso):
# What the advice said of a pack received otherwise.
# $line (text): the advice's line number
# $lot (text): the lot it gave, or "-"
# $expiry (text): the expiry it gave, or "-"
expected-advice-line = línea { $line }: lote { $lot } caducidad { $expiry }
# $message (text): what does not match
expected-discrepancy = Discrepancia: { $message }
# The context of a refused advice file.
# $file (text): the file
expected-importing = importando { $file }
epcis-say-what = indique qué exportar: --gtin con --serial o --lot, o --from y --to
# $events (number): how many events
# $file (text): the file written
epcis-wrote = { $events } { $events ->
        [one] evento escrito
       *[other] eventos escritos
    } en { $file }.

## replenish

# $code (text): the ward's code
# $name (text): its name
# $by (text): the location that supplies it
replenish-supplied-by = { $code } ({ $name }) se abastece desde { $by }.
# $code (text): the ward's code
# $name (text): its name
replenish-no-supplying-location = { $code } ({ $name }) no tiene ubicación que lo abastezca.
# $name (text): the product's name
# $gtin (text): its GTIN
# $supplier (text): the supplier's code
replenish-usual-supplier = { $name } ({ $gtin }) se pide habitualmente a { $supplier }.
# $name (text): the product's name
# $gtin (text): its GTIN
replenish-no-usual-supplier = { $name } ({ $gtin }) no tiene proveedor habitual.
replenish-no-pick-list = Aún no hay lista de preparación: cree una con `custody replenish pick-list --new`.
replenish-nothing-to-pick = no hay ninguna lista de preparación de la que preparar: cree una con `custody replenish pick-list --new`
# The verdict of one pick, at the start of its line (padded to 12 characters).
replenish-picked = PREPARADO
replenish-not-picked = NO PREPARADO
replenish-refused = RECHAZADO
# $line (text): the pick list's line
# $product (text): the product
# $location (text): the ward it goes to
# $picked (number): how many are picked
# $wanted (number): how many are wanted
replenish-picked-line = línea { $line }: { $product } a { $location }, { $picked } de { $wanted }
# After replenish-picked-line, in brackets.
replenish-not-the-proposed-lot = (no es el lote propuesto)
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list = Lista de preparación { $list } creada el { $at } por { $by }
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list-replaced = Lista de preparación { $list } creada el { $at } por { $by } (sustituida)
replenish-col-line = línea
replenish-col-from = desde
replenish-col-to = destino
replenish-col-wanted = solicitado
replenish-col-take = tomar (lote/serie, caducidad)
replenish-col-short = falta
replenish-col-picked = preparado
replenish-none-to-take = nada que tomar
# $picked (number): how many were picked
replenish-done = { $picked } { $picked ->
        [one] hecho
       *[other] hechos
    }
replenish-unsupplied = Fuera de la lista, la unidad no tiene ubicación que la abastezca (asigne una con `custody replenish supply`):
replenish-no-orders = Ninguna farmacia ni almacén está por debajo de su punto de pedido.
# $name (text): the supplier's name
# $code (text): its code
# $total (text): the order's total, as money
replenish-order = { $name } ({ $code }): total { $total }
replenish-order-no-supplier = Sin proveedor habitual — elija uno (`custody replenish usual-supplier GTIN --supplier CODE`):
replenish-col-unit-price = precio unitario
replenish-col-line-total = total de línea
# $list (text): what was given
replenish-not-a-pick-list = «{ $list }» no es un número de lista de preparación como PICK-3

## sync rebuild, sync pull's details

# $count (number): how many
# $shown (text): the number as printed
sync-packs = { $count ->
        [one] { $shown } envase
       *[other] { $shown } envases
    }
# $count (number): how many
# $shown (text): the number as printed
sync-records = { $count ->
        [one] { $shown } registro
       *[other] { $shown } registros
    }
# $site (text): the site's code
# $name (text): its name
# $events (text): the events put back, as sync-events says them
# $admin (text): the administrator's username
sync-rebuilt = Centro { $site } ({ $name }) reconstruido desde el servidor central: { $events } restaurados, cada hash comprobado; administrador { $admin }.
# $accounts (text): the accounts, as sync-accounts says them
sync-rebuilt-accounts = { $accounts } volvieron sin contraseña: un administrador asigna una (custody user passwd).
# $records (text): the records, as sync-records says them
sync-rebuilt-records = { $records } (productos, ubicaciones, socios) volvieron nombrados solo por su código: complételos.
# $admin (text): the administrator's username
sync-rebuilt-check = Compruébelo con: custody --as { $admin } verify --full
# $code (text): the partner's code at the hub
# $site_name (text): the name this site gives it
# $hub_name (text): the name the hub gives it
# $kept_as (text): the code the hub's partner is kept under here
sync-partner-clash = El código de socio { $code } es { $site_name } aquí y { $hub_name } en el servidor central: el del servidor central se guarda aquí como { $kept_as }; el { $code } de este centro no cambia.
# $gtin (text): the product's GTIN
sync-tracking-kept = Producto { $gtin }: el servidor central cambió su trazabilidad, pero el stock está registrado aquí con la actual, que se mantiene.
# $number (text): the recall's number
sync-recall-linked = Retirada de la red { $number }: la retirada registrada aquí con ese número; vinculada, no se bloquea nada de nuevo.
# $number (text): the recall's number
# $title (text): its title
sync-recall-entered-closed = Retirada de la red { $number } registrada: { $title }; cerrada, como consta en el registro de este centro, así que no se bloquea nada.
# $number (text): the recall's number
# $title (text): its title
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-entered = Retirada de la red { $number } registrada: { $title }; bloqueados { $packs } y { $quantity } del stock controlado por lote.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
sync-recall-widened-closed = Retirada de la red { $number } ampliada por el servidor central: se añade { $added }, pero aquí está cerrada, así que no se bloqueó nada: revise el stock de { $added } y llame al responsable de calidad del servidor central.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-widened = Retirada de la red { $number } ampliada por el servidor central: se añade { $added }; bloqueados { $packs } y { $quantity } del stock controlado por lote.

## demo

# $products (number): products made
# $locations (number): locations made
# $packs (number): packs made
# $events (number): events recorded
# $years (text): the years of history as demo-years says them after a space, or nothing
# $seconds (text): how long it took, in seconds with one decimal
demo-made = Datos de demostración: { $products } productos, { $locations } ubicaciones, { $packs } envases, { $events } eventos{ $years } en { $seconds } s.
# $years (number): years of history
demo-years = ({ $years } { $years ->
        [one] año
       *[other] años
    } de historial antes del de la escala)
demo-users = Usuarios: admin (administrador), amira y dev (personal), ben (responsable), chloe (calidad).

## The command line's own errors (what it was doing when something failed)

# $file (text): the file
cli-opening = abriendo { $file }
# $file (text): the file
cli-creating-database = creando la base de datos { $file }
# $file (text): the file
cli-reading-file = leyendo { $file }
# $file (text): the path given to --db
cli-no-database-at = no hay ninguna base de datos en { $file }: compruebe la ruta o cree una con `custody init` (o `custody demo`)
# $file (text): the path given to --db
cli-db-is-a-folder = { $file } es una carpeta: --db indica el archivo de la base de datos
# $file (text): the path given to --db
cli-not-a-custody-database = { $file } no es una base de datos de Custody (archivo de otro programa, o dañado): no se ha modificado
# $file (text): the path
cli-cannot-look-at = no se puede examinar { $file }
# $file (text): the path
cli-cannot-read = no se puede leer { $file }
# $variable (text): the environment variable scripts set instead
cli-reading-password = leyendo la contraseña del terminal (los scripts definen { $variable })
cli-reading-scans = leyendo escaneos de la entrada estándar
cli-reading-stdin = leyendo la entrada estándar
# $option (text): the option, "--today"
# $value (text): what was given
cli-not-a-date = { $option } «{ $value }» no es una fecha AAAA-MM-DD
bench-compare-needs-db = --compare necesita --db: la base de datos con cuyas cifras se compara
# $count (text): what was given
report-not-a-count = «{ $count }» no es un número de recuento como COUNT-3
# $paper (text): what was given
report-not-a-paper-size = --paper: «{ $paper }» no es un tamaño de papel: a4 o letter

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
insights-waste-summary = Mermas del { $from } al { $to }: { $units } unidades por valor de { $value }; { $expired } caducadas ({ $predicted } previstas, { $surprise } imprevistas), { $recalled } retiradas, { $damaged } dañadas
# $units (number): units with no price
insights-unpriced = { $units } unidades no tenían precio y no están en el valor
# $from (text): the period's first day
# $to (text): its last day
# $missing (number): units recorded missing or short
# $found (number): units found elsewhere or found again
# $value (text): the value lost, as money with the currency
insights-shrinkage-summary = Mermas de inventario del { $from } al { $to }: { $missing } unidades faltantes, { $found } encontradas; valor perdido { $value }
insights-by-month = Por mes
insights-by-product = Por producto
insights-by-location = Por ubicación
insights-by-supplier = Por proveedor
insights-lines = Todas las líneas, las más antiguas primero
insights-col-month = mes
insights-col-day = día
insights-col-units = unidades
insights-col-expired = caducadas
insights-col-predicted = previsto
insights-col-surprise = imprevisto
insights-col-recalled = retiradas
insights-col-damaged = dañadas
insights-col-unpriced = sin precio
insights-col-value = valor
insights-col-value-lost = valor perdido
insights-col-supplier = proveedor
insights-col-disposition = salida
insights-col-cause = causa
insights-col-count = recuento
insights-col-counts = recuentos
insights-col-with-variance = con diferencia
insights-col-keeps-disagreeing = discrepa a menudo
insights-cause-recalled = retirada
insights-cause-expired = caducado
insights-cause-damaged = dañado
insights-disposition-destroyed = destruido
insights-disposition-returned = devuelto al proveedor
insights-kind-missing = faltante
insights-kind-found-elsewhere = hallado en otro lugar
insights-kind-found-again = recuperado
insights-kind-wrong-status = estado erróneo
insights-kind-lot-short = lote faltante
insights-kind-lot-surplus = lote sobrante

# Prices where they arrive (issue #23): `custody partner price`.
# $gtin (text): the product's GTIN
# $supplier (text): the supplier's code
# $price (text): the price, with the currency's decimals
# $from (text): the first day it is in force
price-set = Precio de contrato de { $gtin } con { $supplier }: { $price } desde { $from }.
# $prices (number): how many prices
# $file (text): the file they came from
price-imported = { $prices } precios de contrato importados de { $file }.
price-none = No hay precios de contrato.
price-from-start = el principio
price-col-supplier = proveedor
price-col-from = desde
price-col-price = precio
movement-unit-cost-twice = un importe solo vale para todos los productos, así que se da una vez; dé los demás como GTIN=IMPORTE

insights-dwell-summary = Permanencia del { $from } al { $to }: { $stays } estancias terminadas; { $waiting } envases o lotes ({ $units } unidades) retenidos más de { $days } días
insights-by-location-product = Por ubicación y producto
insights-dwell-distribution = Estancias por duración en días
insights-days-range = { $from }-{ $to } d
insights-days-over = { $days }+ d
insights-waiting = Retenidos más del umbral, los más antiguos primero
insights-waiting-more = { $shown } de { $total } listados: los más antiguos

insights-dwell-products-more = { $shown } de { $total } productos y ubicaciones listados: en cada ubicación, los { $each } con las estancias más largas
insights-col-stays = estancias
insights-col-median-days = días mediana
insights-col-p90-days = días percentil 90
insights-col-since = desde
insights-col-days = días
insights-suppliers-summary = Proveedores del { $from } al { $to }: { $suppliers } entregaron; caducidad corta: menos de { $short_days } días, sobre contrato: más de { $tolerance } % por encima; { $excess } pagados por encima del contrato
insights-by-manufacturer = Por fabricante
insights-over-contract = Recepciones por encima del precio de contrato
insights-affected = Envases afectados, hasta su origen
insights-col-manufacturer = fabricante
insights-col-deliveries = entregas
insights-col-missing = faltantes
insights-col-excess = sobre contrato
insights-col-recalls = retiradas
insights-col-unit-cost = coste unitario
insights-col-contract = contrato
insights-col-finding = hallazgo
insights-col-received = recibido
insights-col-manufactured = fabricado
insights-finding-short-dated = caducidad corta
insights-finding-lot-or-expiry-differs = lote/caducidad distinto
insights-finding-unexpected = inesperado
insights-finding-suspect = sospechoso
insights-finding-duplicate-serial = serie duplicada
insights-finding-over-contract = sobre contrato
insights-finding-recalled = retirado
insights-trends-summary = Tendencias de consumo del { $from } al { $to }: { $rows } productos y ubicaciones (reglas demasiado bajas: { $low }, demasiado altas: { $high }, sin regla: { $none }); los { $listed } más usados listados
insights-trends-weeks = { $product } en { $location }, semana a semana
insights-rule = { $reorder }/{ $par }, { $lead } d
insights-col-week = semana
insights-col-used = usado
insights-col-used-last-year = año anterior
insights-col-rule = regla (mín/máx, plazo)
insights-col-stockout-days = días sin stock
insights-col-overstock-days = días de exceso
insights-col-verdict = regla
insights-verdict-too-low = demasiado baja
insights-verdict-too-high = demasiado alta
insights-verdict-fits = adecuada
insights-verdict-no-rule = sin regla
insights-affected-more = { $shown } de { $total } listados, por proveedor y del más antiguo; --supplier acota la lista

## custody national

national-check-needed = Indique --check con --market o --window-hours: off, at_dispense, at_receipt o decommission_at_receipt.
national-no-market = ninguno
# $market (text): EU-xx, US, or national-no-market
# $check (text): off, at_dispense, at_receipt or decommission_at_receipt
# $hours (number): the decommission window
national-settings = Sistema nacional: { $market }; verifica: { $check }; un envase dispensado sin conexión se desactiva en { $hours } h.
# $waiting (number): requests waiting
# $pending (number): not yet sent
# $sent (number): sent, answer not read
# $alerts (number): ended in an alert
# $failed (number): failed
national-status = { $waiting } solicitudes de verificación en espera ({ $pending } sin enviar, { $sent } enviadas sin respuesta leída); { $alerts } alertas, { $failed } fallidas.
# $at (text): a local time
# $words (text): why it waits
national-oldest = La más antigua espera desde { $at }: { $words }
national-drainer-running = Enviando: el proceso de envío de esta aplicación trabaja la cola.
national-drainer-elsewhere = Enviando: otro Custody tiene el bloqueo de envío de esta base de datos (la aplicación, o custody national drain en una línea de órdenes).
# $path (text): the file looked for
national-drainer-not-configured = Sin envío: no hay archivo de sistemas nacionales en { $path }.
# $path (text): the file
# $reason (text): why, in the file reader's English
national-drainer-refused = Sin envío: el archivo de sistemas nacionales { $path } no se puede usar: { $reason }
# $reason (text): why, in the system's English
national-drainer-unavailable = Sin envío: no se puede tomar el bloqueo de envío: { $reason }
# $path (text): the file
national-drainer-stopped = Ningún envío en marcha: el archivo { $path } se puede usar; las solicitudes esperan a que la aplicación funcione o se ejecute custody national drain.
# $at (text): a local time
national-window = Aviso: un envase dispensado sin conexión debe desactivarse antes de { $at }. Restablezca la red o llame al servicio de ayuda del sistema nacional.
# $old (number): the failed request
# $new (number): the new one
national-retried = Solicitud { $old } puesta de nuevo en cola como solicitud { $new }.
# $singles (number): single requests sent
# $bulks (number): bulk requests sent
# $reverified (number): verified before a re-send
# $done (number): answered
# $alerts (number): alerts
# $failed (number): failed
# $retried (number): put back for later
national-drained = Enviadas { $singles } solicitudes individuales y { $bulks } masivas ({ $reverified } verificadas antes de reenviar): { $done } respondidas, { $alerts } alertas, { $failed } fallidas, { $retried } a la espera de otro intento.
national-col-id = Solicitud
national-col-queued = En cola
national-col-state = Estado
national-col-asks = Pide
national-col-pack = Envase (GTIN serie)
national-col-product = Producto
national-col-tries = Intentos
national-col-answer = Respuesta
# $count (number): alerts on packs supplied
national-follow-up = { $count } alertas sobre envases ya dispensados: haga el seguimiento de quien los recibió (custody national queue --shown alerts indica la dispensación).
# $at (text): a local time
# $location (text): where from
# $reference (text): the reference given at dispense
# $by (text): who dispensed it
national-supplied = dispensado { $at } desde { $location }, referencia { $reference }, por { $by }
