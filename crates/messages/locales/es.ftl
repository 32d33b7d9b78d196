# Custody's refusals in Spanish — DRAFT for native review (issue #22). Translated from en.ftl by
# the developers with docs/translations/glossary.es.md; not yet read by a Spanish-speaking
# pharmacist. Send corrections as changes to this file.
#
# What is NOT translated: message ids (a code with its dots as "-"), the $arguments, and the
# keys of selectors ([qa], [apply_count], [yes], …), which the code sends as they are. Plural
# selectors use Spanish categories: [one] for 1, *[other] for the rest. The comment lines above
# each message are English's, to keep the two files comparable: "$name (number|text): what it
# is" documents an argument.
#
# Register: usted, in the imperative where English gives an instruction ("pida a un
# administrador"). Quotation marks are « ». Codes, commands (custody user passwd …), usernames,
# GTINs, lots and serials are never translated. Screen names: Ajustes, Usuarios, Escanear,
# Recuentos, Retiradas, Existencias, Informes, Reposición, Caducidad, Desabastecimientos, Inicio.

## auth: signing in, signatures, passwords, who may do what

# Wrong username or wrong password: one sentence for both, so names cannot be probed.
auth-sign_in_failed = Nombre de usuario o contraseña incorrectos.

# $user (text): the username
# $attempts (number): wrong passwords in a row that lock an account
# $minutes (number): minutes until the lock ends
auth-locked = La cuenta { $user } está bloqueada tras { $attempts ->
        [one] { $attempts } contraseña incorrecta
       *[other] { $attempts } contraseñas incorrectas
    }: vuelva a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, o pida a un administrador que la desbloquee estableciendo una nueva contraseña.

# $user (text): the username
auth-disabled = La cuenta { $user } está desactivada y no puede actuar: pida a un administrador que la vuelva a activar.

# $user (text): the username
auth-no_password = La cuenta { $user } aún no tiene contraseña: un administrador la establece en Ajustes, Usuarios (o con custody user passwd { $user }).

# $field (text): the password field
auth-signature_refused = La contraseña no coincide, así que no se ha firmado nada: vuelva a escribir su propia contraseña.

# $field (text): the password field
# $min (number): the shortest password allowed, in characters
auth-password_too_short = Una contraseña debe tener al menos { $min } caracteres.

# $field (text): the password field
# $detail (text): what the hashing library said
auth-password_unhashable = Esta contraseña no se ha podido guardar de forma segura ({ $detail }): elija otra.

# $field (text): the user field
auth-disable_self = No puede desactivar su propia cuenta: pídaselo a otro administrador.

# $field (text): the user field
# $user (text): the username
auth-last_admin = La cuenta { $user } es la última cuenta de administrador activa y no se puede desactivar: active o añada antes otro administrador.

# $user (text): the username
# $role (text): the user's role code (staff, manager, qa, admin)
# $operation (text): the operation's code (see permissions.rs)
auth-forbidden = { $user } { $role ->
        [staff] forma parte del personal de farmacia
        [manager] tiene el rol de gestor de inventario
        [qa] tiene el rol de responsable de calidad
        [admin] tiene el rol de administrador
       *[other] tiene el rol { $role }
    } y no puede { $operation ->
        [view_stock] consultar las existencias
        [manage_master_data] modificar productos, ubicaciones o proveedores
        [manage_users] gestionar usuarios
        [receive] registrar recepciones
        [dispense] dispensar
        [transfer] trasladar existencias
        [return] registrar devoluciones a existencias
        [quarantine] poner existencias en cuarentena
        [release] liberar existencias de la cuarentena
        [destroy] destruir existencias
        [return_to_supplier] hacer devoluciones al proveedor
        [count] hacer recuentos
        [apply_count] aplicar los ajustes de recuento
        [override] forzar una lectura bloqueada
        [manage_recalls] gestionar retiradas
        [verify] verificar el registro
        [load_demo] cargar datos de demostración
        [sync] enviar el registro al servidor central
        [enrol_site] inscribir este centro en el servidor central
        [write_off] declarar un envase robado o tomado como muestra
       *[other] hacer esto
    }: pídaselo a alguien cuyo rol lo permita.

# $user (text): the username given
auth-user_unknown = No hay ningún usuario activo { $user }: un administrador añade usuarios en Ajustes, Usuarios (o con custody user add).

## master: the site, locations, suppliers, users and products

# $field (text): the form field
master-text_empty = { $field ->
        [site_code] El código del centro
        [site_name] El nombre del centro
        [location_code] El código de la ubicación
        [location_name] El nombre de la ubicación
        [partner_code] El código del proveedor
        [partner_name] El nombre del proveedor
        [name] El nombre
        [generic_name] La denominación común (DCI)
        [form] La forma farmacéutica
        [strength] La dosis
        [manufacturer] El fabricante
        [storage] La condición de conservación
        [cip] El código CIP
        [pzn] El PZN
        [ndc] El NDC
        [username] El nombre de usuario
        [reason] El motivo
        [note] La nota
        [title] El título
        [number] El número de la retirada
        [instructions] El texto de las instrucciones
        [issuer] El emisor
        [reference] La referencia
       *[other] Este campo
    } no puede dejarse en blanco.

# $field (text): the form field
# $max (number): the most characters allowed
master-text_too_long = { $field ->
        [site_code] El código del centro
        [site_name] El nombre del centro
        [location_code] El código de la ubicación
        [location_name] El nombre de la ubicación
        [partner_code] El código del proveedor
        [partner_name] El nombre del proveedor
        [name] El nombre
        [generic_name] La denominación común (DCI)
        [form] La forma farmacéutica
        [strength] La dosis
        [manufacturer] El fabricante
        [storage] La condición de conservación
        [cip] El código CIP
        [pzn] El PZN
        [ndc] El NDC
        [username] El nombre de usuario
        [reason] El motivo
        [note] La nota
        [title] El título
        [number] El número de la retirada
        [instructions] El texto de las instrucciones
        [issuer] El emisor
        [reference] La referencia
       *[other] Este campo
    } no debe superar { $max ->
        [one] { $max } carácter
       *[other] los { $max } caracteres
    }.

# $field (text): the form field
master-text_control = { $field ->
        [site_code] El código del centro
        [site_name] El nombre del centro
        [location_code] El código de la ubicación
        [location_name] El nombre de la ubicación
        [partner_code] El código del proveedor
        [partner_name] El nombre del proveedor
        [name] El nombre
        [generic_name] La denominación común (DCI)
        [form] La forma farmacéutica
        [strength] La dosis
        [manufacturer] El fabricante
        [storage] La condición de conservación
        [cip] El código CIP
        [pzn] El PZN
        [ndc] El NDC
        [username] El nombre de usuario
        [reason] El motivo
        [note] La nota
        [title] El título
        [number] El número de la retirada
        [instructions] El texto de las instrucciones
        [issuer] El emisor
        [reference] La referencia
       *[other] Este campo
    } no debe contener tabulaciones, saltos de línea ni otros caracteres de control.

# $field (text): the form field
# $value (text): what was typed
master-code_characters = { $value } no puede usarse como código: un código solo puede contener letras, dígitos, '-', '_' y '.'.

# $field (text): the GLN field
# $value (text): what was typed
master-gln_invalid = { $value } no es un GLN: un GLN tiene 13 dígitos y un dígito de control válido.

# $field (text): the field holding the GTIN
# $value (text): what was given
# $detail (text): what the GS1 decoder found
master-gtin_invalid = { $value } no es un GTIN: { $detail }.

# $field (text): the PZN field
# $value (text): what was given
master-pzn_invalid = { $value } no es un PZN: un PZN tiene 8 dígitos y un dígito de control válido.

# $field (text): the NDC field
# $value (text): what was given
master-ndc_invalid = { $value } no es un NDC escrito con guiones (4-4-2, 5-3-2, 5-4-1, 5-4-2 o 6-4-2).

# $field (text): the pack size field
master-pack_size_not_positive = El número de unidades por envase debe ser mayor que cero.

# $field (text): the contract price field
master-price_negative = El precio de contrato no puede ser negativo.

# $field (text): the contract price field
# $max (number): the highest contract price allowed, in whole currency units
master-price_too_high = El precio de contrato supera { $max } por envase: compruebe la cifra (va en unidades de la moneda, no en céntimos).

# $key (text): the site code
master-site_exists = Ya existe un centro con el código { $key }.

# $key (text): the username
master-user_exists = Ya existe un usuario llamado { $key }: elija otro nombre de usuario.

# $key (text): the location code
master-location_exists = Ya existe una ubicación con el código { $key }: elija otro código.

# $key (text): the partner code
master-partner_exists = Ya existe un proveedor o socio con el código { $key }: elija otro código.

# $key (text): the GTIN
master-product_exists = Ya existe un producto con el GTIN { $key }.

master-system_principal_missing = Falta la cuenta del sistema en esta base de datos: no la ha creado Custody. Restaure una copia de seguridad o pida asistencia.

# $field (text): the user field, when a form named the user
# $user (text): the username given
master-user_unknown = No hay ningún usuario { $user }.

# $setting (text): the key asked for
master-setting_unknown = { $setting } no es uno de los ajustes del centro.

master-no_site = Esta base de datos aún no está configurada: configure primero el centro y su primer administrador.

master-already_set_up = Esta base de datos ya está configurada: inicie sesión en ella o elija otro archivo.

master-demo_needs_empty_database = Los datos de demostración solo se cargan en una base de datos nueva y vacía: elija otro archivo de base de datos.

# $location (text): the location code given
master-location_unknown = No hay ninguna ubicación { $location }.

# $partner (text): the partner code given
master-partner_unknown = No hay ningún proveedor o socio { $partner }.

# $gtin (text): the GTIN given
master-product_unknown = No hay ningún producto con el GTIN { $gtin }: añádalo antes a los productos.

# $field (text): the GTIN field
# $gtin (text): the product's GTIN
# $value (text): the GTIN the change asked for
master-product_gtin_fixed = El GTIN de un producto no se puede cambiar: es lo que identifica a { $gtin } en el registro. Añada { $value } como un producto nuevo.

# $field (text): the tracking field
# $gtin (text): the product's GTIN
# $tracking (text): the product's tracking mode, serial or lot
master-product_tracking_fixed = Ya se han registrado envases o lotes de { $gtin }, así que sigue controlándose { $tracking ->
        [serial] por número de serie
        [lot] por lote
       *[other] por { $tracking }
    }.

# $id (number): the product's row id
master-product_id_unknown = No hay ningún producto número { $id } en esta base de datos.

# $field (text): the role field
# $user (text): the username
# $role (text): the role asked for (staff, manager, qa)
master-last_admin_role = La cuenta { $user } es la última cuenta de administrador activa y no puede pasar al rol { $role ->
        [staff] de personal de farmacia
        [manager] de gestor de inventario
        [qa] de responsable de calidad
       *[other] { $role }
    }: dé antes el rol de administrador a otra persona.

## stock: packs and lots on hand

# $gtin (text): the pack's GTIN
# $serial (text): its serial number
stock-pack_unknown = Aquí no se ha registrado ningún envase con el GTIN { $gtin } y el número de serie { $serial }.

# A pack reported stolen or taken as a sample that is not held here.
# $field (text): the serial field
# $serial (text): the pack's serial number
# $status (text): its status (dispensed, transferred_out, returned_to_supplier, destroyed, missing)
stock-pack_not_held = El envase { $serial } no está aquí (está { $status ->
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }): solo un envase en existencias o en cuarentena puede declararse robado o tomado como muestra.

# A pack given or taken as a sample that is not usable.
# $field (text): the reason field
# $serial (text): the pack's serial number
# $reason (text): why it is not usable (quarantined, expired, recalled)
stock-sample_not_usable = El envase { $serial } no puede salir como muestra: está { $reason ->
        [quarantined] en cuarentena
        [expired] caducado
        [recalled] retirado
       *[other] { $reason }
    }. Solo un envase utilizable se entrega como muestra; un envase desaparecido se declara robado.

# $gtin (text): the GTIN
# $lot (text): the lot
stock-lot_unknown = Aquí no se ha registrado ningún lote { $lot } del GTIN { $gtin }.

## movement: scanning packs in, out and around

# $field (text): the quantity field
movement-quantity_not_positive = La cantidad debe ser al menos 1.

# $field (text): the password field
movement-override_needs_signature = Forzar una lectura bloqueada requiere su firma: vuelva a introducir su contraseña.

# $field (text): the reason field
# $movement (text): the movement (quarantine or destroy)
movement-reason_required = Indique por qué se { $movement ->
        [destroy] destruyen las existencias
       *[quarantine] retienen las existencias en cuarentena
    }.

# $field (text): the password field
# $movement (text): the movement (destroy or release)
movement-signature_required = { $movement ->
        [release] Liberar existencias de la cuarentena
       *[destroy] Destruir existencias
    } requiere su firma: vuelva a introducir su contraseña.

# $field (text): the destination field
movement-transfer_needs_destination = Un traslado necesita una ubicación de destino, o el socio al que van las existencias.

# $field (text): the destination field
movement-transfer_to_same_location = El destino es donde ya están las existencias: elija otra ubicación.

# $field (text): the shipment field
movement-shipment_only_for_receipts = Solo las recepciones se cotejan con un envío previsto: no elija ningún envío, o registre una recepción.

# $field (text): the anti-tampering device check field
movement-tamper_only_at_dispense = La comprobación del dispositivo contra manipulaciones solo se hace al dispensar: escanee de nuevo sin ella, o dispense.

# $field (text): the shipment field
# $shipment (number): the shipment's number
movement-shipment_closed = El envío previsto número { $shipment } está cerrado: reciba sin él o elija otro.

# $field (text): the supplier field
movement-return_needs_supplier = Elija el proveedor al que se devuelven las existencias.

# $field (text): the supplier field
movement-receipt_needs_counterparty = Una recepción debe indicar de dónde viene la mercancía: elija el proveedor o el centro que la envía, o un envío previsto que indique su proveedor.

# $detail (text): what the GS1 decoder found
movement-scan_unreadable = No se ha podido leer el código escaneado: { $detail }

## shipment: expected shipments (despatch advice)

# $shipment (number): the shipment's number
shipment-unknown = No hay ningún envío previsto número { $shipment }.

# $reference (text): the shipment's document number
shipment-closed = El envío { $reference } ya está cerrado: no se puede recibir nada más con cargo a él.

# $field (text): the reference field
shipment-file_without_reference = El archivo no indica ningún número de documento: indique uno.

## recall: recalls, their outcomes and closure

# $field (text): the scope field
recall-scope_empty = Una retirada necesita al menos un GTIN, un GTIN y un lote, o un GTIN y un número de serie.

# $recall (text): the recall number given
recall-unknown = No hay ninguna retirada { $recall }.

# $field (text): the number field
# $recall (text): the recall number
recall-exists = La retirada { $recall } ya existe: ábrala, o dé otro número a la nueva retirada.

# $field (text): the number field
recall-file_without_number = El archivo no indica ningún número de retirada: indique uno.

# $field (text): the reason field
recall-file_without_reason = El archivo no indica ningún motivo de la retirada: indique uno.

# $field (text): the class field
recall-file_without_class = El archivo no indica ninguna clase de retirada: elija I, II, III o retirada voluntaria.

# $field (text): the number or class field
# $notices (number): notices in the file
# $numbers (text): their numbers
recall-several_notices_one_header = El archivo contiene { $notices ->
        [one] { $notices } aviso de retirada
       *[other] { $notices } avisos de retirada
    } ({ $numbers }), cada uno importado como una retirada propia con el número y la clase que indica: no indique el número ni la clase, o importe cada aviso desde un archivo propio.

# $recall (text): the recall number
recall-closed_cannot_extend = La retirada { $recall } está cerrada: registre una nueva retirada.

# $recall (text): the recall number
# $scope (text): the scope lines the hub added, e.g. "GTIN 09506000134352 lot L2"
recall-network_extended_closed = La retirada { $recall } está cerrada aquí, pero el servidor central le ha añadido después { $scope }, y una retirada cerrada ya no puede contener nada más: llame al responsable de calidad del servidor central, que debe registrarlos como una nueva retirada de red.

# $recall (text): the recall number
recall-closed = La retirada { $recall } está cerrada: ya no se puede registrar nada en ella.

# $recall (text): the recall number
recall-closed_already = La retirada { $recall } ya está cerrada.

# $recall (text): the recall number a site tried to share with the hospital network
recall-share_one_product = La retirada { $recall } no puede compartirse con la red tal como está: una retirada de red abarca un solo producto (un GTIN), por lotes o números de serie. Registre aquí una retirada por producto, cada una con su propio número, y comparta cada una.

# $recall (text): the recall number
# $gtin (text): the GTIN it covers every pack of
recall-share_whole_product = La retirada { $recall } abarca todos los envases del GTIN { $gtin }, y una retirada de red indica los lotes o números de serie que abarca: pida al responsable de calidad del servidor central que la registre en el servidor central con sus lotes (custody-hub recall add).

# $field (text): the password field
recall-destroy_needs_signature = Destruir existencias requiere su firma: vuelva a introducir su contraseña.

# $field (text): the supplier field
recall-return_needs_supplier = Elija el proveedor al que se devuelven las existencias.

# $field (text): the serial field
# $serial (text): the pack's serial
# $recall (text): the recall number
recall-pack_not_affected = El envase con número de serie { $serial } no está afectado por la retirada { $recall }.

# $field (text): the outcome field
recall-nothing_matches = Nada de lo que sigue abierto en la retirada coincide con lo elegido.

# $field (text): the outcome field
# $outcome (text): the outcome chosen (returned_to_supplier, destroyed, notified, not_found)
# $matches (text): what matches, by status
recall-outcome_does_not_apply = { $outcome ->
        [returned_to_supplier] «Devuelto al proveedor»
        [destroyed] «Destruido»
        [notified] «Destinatario notificado»
        [not_found] «No encontrado»
       *[other] { $outcome }
    } no se aplica a lo que coincide ({ $matches }): los envases que están aquí se devuelven, se destruyen o no se encuentran; para los que ya salieron, se notifica al destinatario o no se encuentran.

# $recall (text): the recall number
# $open (number): items still open
# $items (text): what is open, where
recall-still_open = La retirada { $recall } no se puede cerrar: { $open ->
        [one] { $open } elemento sigue abierto
       *[other] { $open } elementos siguen abiertos
    } ({ $items }). Registre antes un resultado para cada uno.

## count: stock counts

# $count (number): the count's number
count-unknown = No hay ningún recuento número { $count }.

# $field (text): the location field
# $count (number): the count still open there
# $location (text): the location's code
count-open_at_location = El recuento { $count } en { $location } aún no se ha aplicado ni abandonado: termínelo (o abandónelo) antes de empezar otro recuento allí.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_open = El recuento { $count } está { $status ->
        [finished] terminado
        [applied] aplicado
       *[abandoned] abandonado
    }, así que no admite más lecturas.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-closed = El recuento { $count } ya está { $status ->
        [applied] aplicado
       *[abandoned] abandonado
    }: no se puede hacer nada más con él.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_finished = El recuento { $count } { $status ->
        [open] sigue abierto a lecturas: termínelo antes de aplicarlo
        [applied] ya está aplicado
       *[abandoned] está abandonado, así que no se puede aplicar
    }.

# $field (text): the quantity field
count-quantity_not_positive = La cantidad contada debe ser al menos 1.

# $field (text): the quantity field
# $quantity (number): the total typed
count-quantity_negative = El total de un lote no puede ser { $quantity }: escriba lo que hay en la estantería (0 si no hay nada).

# $field (text): the quantity field
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-quantity_too_large = { $quantity } es más de lo que un recuento admite para un lote (como máximo { $max }): escriba cuántas unidades hay en la estantería. Si el lector introdujo un código en la cantidad, vuelva a escanear el envase.

# $field (text): the quantity field
# $lot (text): the lot
# $product (text): the product's name
# $counted (number): the lot's total counted so far
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-lot_total_too_large = El lote { $lot } de { $product } ya lleva { $counted } unidades contadas: { $quantity } más superarían { $max }, más de lo que un recuento admite para un lote. Corrija el total del lote.

# $field (text): the lot field
# $lot (text): the lot
# $product (text): the product's name
count-lot_not_counted = El lote { $lot } de { $product } no se ha contado en este recuento: escanéelo para contarlo.

## levels: reorder rules, shortages, expiry alerts

# $field (text): the field at fault
# $problem (text): what is wrong with it
levels-rule_invalid = La regla de reposición no se ha guardado: { $problem }

# $field (text): the location field
# $product (text): the product's name
# $location (text): the location code
levels-rule_unknown = La regla de reposición no se ha eliminado: { $product } no tiene regla en { $location }.

# $field (text): the days fields
# $lead_time (number): the lead time given, in days
# $safety (number): the safety days given
# $cycle (number): the order cycle given, in days
levels-suggest_days_invalid = El plazo de entrega ({ $lead_time }) y los días de seguridad ({ $safety }) deben ser cero o más, y el ciclo de pedido ({ $cycle }) de al menos un día.

# $field (text): the product field
levels-position_needs_product_or_location = Elija un producto, una ubicación o ambos.

# $field (text): the window field
levels-expiry_no_window = Indique al menos un intervalo en días.

# $field (text): the window field
# $max (number): the longest window
levels-expiry_window_out_of_range = Un intervalo de caducidad está entre 0 y { $max } días.

# $field (text): the windows field
# $value (text): what was typed
levels-window_not_a_number = { $value } no es un número de días: indique números enteros separados por comas, por ejemplo 30, 60, 90.

# $field (text): the windows field
# $days (number): the window given
# $max (number): the longest window
levels-window_out_of_range = Un intervalo de aviso de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } no es posible: cada uno va de 1 a { $max } días.

# $field (text): the windows field
levels-no_windows = Indique al menos un intervalo de aviso en días, por ejemplo 30, 60, 90.

# $field (text): the windows field
# $windows (number): how many were given
# $max (number): the most allowed
levels-too_many_windows = Se han indicado { $windows ->
        [one] { $windows } intervalo de aviso
       *[other] { $windows } intervalos de aviso
    }: indique como máximo { $max }.

## insights: patterns found in the ledger

# $field (text): the supplier field
# $supplier (text): the supplier's code given
insights-trends_by_supplier = Las tendencias de consumo son por producto y ubicación, y el consumo no tiene proveedor ({ $supplier }): quite el filtro de proveedor.

## report: printed reports and extracts

# $field (text): the end date field
# $from (text): the start date
# $to (text): the end date
report-range_backwards = La fecha final { $to } es anterior a la fecha inicial { $from }: inviértalas.

# $field (text): the start date field
# $limit (number): the most events one extract lists
report-audit_too_many_events = El extracto incluiría más de { $limit } eventos: acote las fechas, el usuario o la ubicación.

# $field (text): the report field
# $report (text): the name given
# $known (text): the reports there are
report-unknown_kind = No hay ningún informe llamado { $report }: los que hay son { $known }.

## backup: backups and restores

# $path (text): the file
# $detail (text): what SQLite said
backup-open_failed = { $path } no se ha podido abrir como base de datos ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_unreadable = No se ha podido leer la carpeta { $path } ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_created = No se ha podido crear la carpeta { $path } ({ $detail }): compruebe que el disco está conectado y admite escritura.

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_writable = No se puede escribir nada en { $path } ({ $detail }): elija una carpeta en la que pueda escribir.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_renamed = No se ha podido dar a la copia de seguridad verificada su nombre { $path } ({ $detail }); no se ha conservado nada.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_copied = La copia de seguridad { $path } no se ha podido copiar ({ $detail }); la base de datos se ha dejado como estaba.

# $path (text): the database file
# $detail (text): what the system said
backup-not_moved_aside = La base de datos { $path } no se ha podido apartar ({ $detail }); no se ha restaurado nada.

# $path (text): the database file
# $detail (text): what the system said
backup-not_put_in_place = La copia de seguridad no se ha podido colocar en lugar de { $path } ({ $detail }); se ha vuelto a poner la base de datos que había.

# $path (text): the file
# $detail (text): what the system said
backup-not_flushed = { $path } no se ha podido escribir de forma segura en el disco ({ $detail }).

# $path (text): the path
# $field (text): the folder field, when the person typed it
backup-path_not_text = La ruta { $path } tiene caracteres que Custody no puede guardar: elija una carpeta cuyo nombre sea texto simple.

# $field (text): the folder field
# $path (text): what was typed
backup-folder_not_absolute = { $path } no es una ruta completa: hágala empezar en la raíz, por ejemplo /media/usb.

# $field (text): the folder field
# $path (text): the folder
backup-database_folder = { $path } contiene la base de datos abierta: guarde las copias de seguridad en una carpeta propia.

# $field (text): the folder field
# $path (text): the file in the way
backup-is_open_database = { $path } es la base de datos abierta: elija otra carpeta para las copias de seguridad.

# $path (text): the backup file
backup-exists = Ya existe una copia de seguridad { $path } (se hizo una en este mismo segundo): vuelva a intentarlo en un momento.

# $problems (text): what the check found
backup-not_verified = La copia de seguridad no ha superado su comprobación, así que se ha descartado: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $database (text): the database being replaced
backup-restore_onto_itself = { $path } es la base de datos que se va a sustituir ({ $database }): elija el archivo de copia de seguridad que desea restaurar.

# $field (text): the backup field
# $path (text): the backup given
backup-restore_working_file = { $path } es el propio archivo de trabajo de la restauración: cópielo antes a otro lugar.

# $field (text): the backup field
# $path (text): the backup given
# $problems (text): what the check found
backup-not_good = { $path } no es una copia de seguridad válida, así que no se ha restaurado nada: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $differences (text): the tables, indexes, triggers or views that differ
backup-schema_differs = { $path } no tiene las tablas e índices que crea Custody, así que no se ha restaurado: { $differences }.

# $path (text): the kept-aside file
backup-aside_exists = { $path } ya existe de una restauración anterior: espere un segundo y vuelva a restaurar.

## ledger: what is recorded and when

# $site (text): the site's code
# $now (text): the computer's clock
# $last (text): when the newest event was recorded
ledger-clock_behind = El reloj de este ordenador indica { $now }, pero el registro del centro { $site } ya tiene un evento registrado con fecha { $last }: el reloj se ha atrasado, así que no se ha registrado nada. Ponga bien la fecha y la hora del ordenador (pídaselo a un administrador) y vuelva a intentarlo.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
ledger-occurred_in_future = No puede registrarse como ocurrido el { $occurred }: es posterior a ahora ({ $now }). No se ha registrado nada.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
# $days (number): the site's late-entry window
ledger-occurred_too_early = No puede registrarse como ocurrido el { $occurred }: es más de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } antes de ahora ({ $now }), el límite hasta el que este centro permite registrar lo ocurrido (un administrador fija este plazo de registro retroactivo). No se ha registrado nada.

# $field (text): the days field
# $days (number): what was asked
# $max (number): the longest window
ledger-late_entry_out_of_range = El plazo de registro retroactivo va de 0 a { $max } días, no { $days }.

# $now (text): the clock's time
# $last (text): when the newest event was recorded
ledger-clock_not_behind = El reloj ({ $now }) no va por detrás del evento más reciente del registro ({ $last }): no hay nada que corregir.

ledger-clock_nothing_recorded = El registro aún no tiene eventos, así que no hay reloj que corregir.

ledger-clock_correction_unsigned = Una corrección del reloj debe firmarla el administrador que la hace: introduzca su contraseña.

ledger-clock_correction_alone = Una corrección del reloj se registra sola, como corrección del reloj. No se ha registrado nada.

ledger-signed_by_another = Un evento lo firma la persona que lo registra: inicie sesión con su propia cuenta y vuelva a firmar.

# $kind (text): the event's kind
ledger-user_event_needs_subject = Un cambio en la cuenta de un usuario ({ $kind }) debe indicar el usuario al que cambia. No se ha registrado nada.

# $kind (text): the event's kind
ledger-not_a_user_event = { $kind } no es un cambio en la cuenta de un usuario. No se ha registrado nada.

# $kind (text): the event's kind
ledger-event_without_lines = Un evento { $kind } necesita al menos un envase o un lote. No se ha registrado nada.

# $field (text): the quantity field
ledger-quantity_not_positive = Una cantidad debe ser mayor que cero.

# $id (number): the product's row id
ledger-product_missing = Falta el producto número { $id } en la base de datos. No se ha registrado nada.

# $id (number): the location's row id
ledger-location_missing = Falta la ubicación número { $id } en la base de datos. No se ha registrado nada.

# $id (number): the partner's row id
ledger-partner_missing = Falta el socio número { $id } en la base de datos. No se ha registrado nada.

# $line (number): the event's line
ledger-pack_line_without_status = La línea { $line } mueve un envase sin indicar dónde termina. No se ha registrado nada.

# $line (number): the event's line
# $serial (text): the pack's serial
ledger-pack_already_known = Línea { $line }: otra persona ha registrado entretanto el envase con número de serie { $serial }. No se ha registrado nada: vuelva a escanear.

# $line (number): the event's line
# $serial (text): the pack's serial
# $status (text): where the line expected it (in_stock, quarantined, …)
ledger-pack_moved = Línea { $line }: el envase con número de serie { $serial } ya no está { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
       *[other] { $status }
    } donde estaba; las existencias han cambiado entretanto. No se ha registrado nada: vuelva a escanear.

# $line (number): the event's line
ledger-quantity_line_without_lot = La línea { $line } indica una cantidad sin lote. No se ha registrado nada.

# $line (number): the event's line
ledger-lot_without_location = La línea { $line } toma existencias de un lote sin ubicación. No se ha registrado nada.

# $line (number): the event's line
# $quantity (number): how many the line takes
# $lot (text): the lot
# $status (text): the stock's status (in_stock, quarantined, …)
ledger-lot_short = Línea { $line }: hay menos de { $quantity } unidades del lote { $lot } { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
       *[other] { $status }
    } allí; las existencias han cambiado entretanto. No se ha registrado nada: vuelva a escanear.

ledger-enrolment_times_unreadable = No se pueden leer las fechas de creación de los usuarios, así que no se pueden inscribir en el registro.

# $seq (number): the event put back
# $expected (number): the position it would take
ledger-restored_out_of_order = El evento { $seq } no se puede volver a poner en la posición { $expected } de este registro: no se ha escrito nada.

# $seq (number): the event put back
ledger-restored_hash_differs = El evento { $seq }, restaurado desde el servidor central, no tiene la misma huella que la copia del servidor central en este archivo: no se ha escrito nada. Llame al administrador del servidor central.

## import: files brought in (products, shipments, recalls, reorder rules)

# $problems (number): problems listed below the sentence
# $all_listed (text): yes when every problem is listed, no when more were found than listed
import-rejected = El archivo no se ha importado: { $all_listed ->
        [no] se han encontrado más de { $problems } problemas
       *[yes] { $problems ->
            [one] tiene { $problems } problema
           *[other] tiene { $problems } problemas
        }
    }. Corrija el archivo y vuelva a importarlo.

# $field (text): the file field
# $path (text): the file
# $limit_mb (number): the largest file imported, in MB
import-file_too_large = { $path } ocupa más de { $limit_mb } MB: no es un archivo que Custody importe.

# $field (text): the file field
# $path (text): the path given
import-file_is_folder = { $path } es una carpeta, no un archivo: elija el archivo en sí.

# $field (text): the file field
# $path (text): the file
# $detail (text): what the system said
import-file_unreadable = No se ha podido leer { $path } ({ $detail }).

## store: the database file

# $path (text): the database file
# $detail (text): what SQLite said
store-open = No se ha podido abrir la base de datos { $path } ({ $detail }).

# $found (number): the file's schema version
# $supported (number): the newest this version knows
store-too_new = Esta base de datos la escribió una versión más reciente de Custody (esquema { $found }; esta versión conoce hasta el { $supported }): actualice Custody para abrirla.

# $name (text): the migration
# $detail (text): what SQLite said
store-migration = No se ha podido actualizar la base de datos: el paso { $name } ha fallado ({ $detail }) y no se ha aplicado nada de él.

# $detail (text): what SQLite said
store-database = La base de datos se ha negado o ha fallado: { $detail }. No se ha registrado nada.

# $detail (text): why the benchmark scan was not recorded
store-benchmark_scan_refused = No se ha registrado una lectura de la prueba de rendimiento, así que la prueba no mide nada: { $detail }

## api: the application layer's own refusals (crates/api)

# $operation (text): what was asked for
api-unknown_operation = Custody no tiene ninguna operación llamada { $operation }.

# $operation (text): the operation
# $reason (text): what did not fit, as the reader said it
api-bad_request = No se ha podido leer la solicitud de { $operation }: { $reason }

# $reason (text): what failed
api-internal = Custody ha fallado: { $reason }. Reinícielo; si vuelve a ocurrir, avise a su administrador.

# $field (text): the date field
# $date (text): what was typed
api-date_unreadable = «{ $date }» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-12-01.

## session: who is signed in

session-not_signed_in = Inicie sesión primero.

# $reason (text): idle (the session went quiet too long) or not_signed_in
# $minutes (number): the idle minutes that ended it (0 when nobody was signed in)
session-signed_out = { $reason ->
        [idle] Sesión cerrada tras { $minutes ->
            [one] { $minutes } minuto
           *[other] { $minutes } minutos
        } sin actividad.
       *[other] Inicie sesión primero.
    }

## auth (api): a password re-entered to sign

# $field (text): the password field
# $meaning (text): approved, performed or reviewed
auth-signature_required = Esta acción se firma: vuelva a introducir su contraseña ({ $meaning ->
        [approved] lo aprueba
        [performed] lo ha realizado usted
       *[other] lo ha revisado
    }).

## scan: what a scanner sent

# $field (text): the scan field
scan-empty = La lectura estaba vacía: vuelva a escanear el envase.

# $field (text): the scan field
# $reason (text): what the decoder said
scan-unreadable = No se ha podido leer el código escaneado: { $said }

# $field (text): the scan field
scan-no_gtin = La lectura no tiene GTIN: escanee el código del propio envase, no una etiqueta de transporte.

## scan.photo: a photo of a pack read for its codes (crates/api photo.rs)

# $megabytes (number): the file's size in megabytes, rounded up
# $limit (number): the largest photo read, in megabytes
scan-photo_too_large = Este archivo ocupa { $megabytes } MB: Custody lee fotos de hasta { $limit } MB. Envíe una foto más pequeña (basta con el tamaño habitual de un teléfono).

# $reason (text): what the base64 reader said, in English
scan-photo_not_base64 = La foto no llegó entera y no se ha podido leer ({ $reason }). Añádala de nuevo.

scan-photo_empty = El archivo está vacío: no contiene ninguna foto.

scan-photo_heic = Es una foto HEIC, que Custody no puede leer: expórtela como JPEG (o ajuste la cámara del teléfono a «Más compatible») y envíela de nuevo.

# $found (text): what the file looks like (GIF, PDF, WebP, AVIF, …)
scan-photo_unknown_format = No es una foto JPEG ni PNG (parece { $found }): envíe la foto como JPEG o PNG.

# $format (text): JPEG or PNG
# $reason (text): what the image decoder said, in English
scan-photo_unreadable = No se ha podido abrir la foto { $format }; puede estar cortada o dañada ({ $reason }). Envíela de nuevo.

## scan.decode: why the decoder refused a scan
#
# The decoder's own sentences (crates/gs1): each refusal of a scan is a code and its arguments,
# said here in the session's language; in English each reads exactly as the decoder's message.
# AIs, their GS1 titles (EXPIRY, BATCH/LOT, …), values and characters are arguments, never
# translated. "$what" says what a character is (space, gs, control, char, end, byte) and
# "$char" shows it (the character, U+0001, 0x80).

scan-decode-bracket_expected = Se esperaba «(» para abrir el siguiente AI en la forma entre paréntesis.

scan-decode-bracket_unclosed = Un AI se abre con «(» pero nunca se cierra con «)».

# $ai (text): the digits between the brackets
scan-decode-unknown_ai-bracketed = ({ $ai }) no es un AI del diccionario GS1.

scan-decode-no_data = El escaneo lleva un identificador de simbología GS1 pero ningún dato.

scan-decode-leading_separator = Los datos empiezan con un separador de grupo (GS) donde debería estar el primer AI. Algunas impresoras codifican así los envases; la opción tolerante «ignore_leading_gs» lo acepta.

scan-decode-double_separator = Dos separadores de grupo (GS) seguidos: falta un elemento entre ellos.

# $ai (text): the AI
# $title (text): its GS1 title
# $needed (number): the characters its value needs
# $left (number): the characters left in the scan
scan-decode-truncated = Los datos terminan dentro del AI ({ $ai }) { $title }: necesita { $needed ->
        [one] { $needed } carácter
       *[other] { $needed } caracteres
    }, pero solo quedan { $left }. La lectura se cortó; vuelva a escanear el envase.

# $digits (text): the digits where an AI should start
scan-decode-unknown_ai = «{ $digits }…» no empieza por un AI del diccionario GS1. Puede que el código esté dañado o que el lector haya omitido un separador de grupo antes.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-unknown_ai-not_digits = Se esperaba un AI (dígitos), pero se encontró { $what ->
        [space] un espacio
        [gs] un separador de grupo (GS)
        [control] el carácter de control { $char }
        [end] el final de los datos
        [byte] el byte { $char }
       *[char] «{ $char }»
    }. Puede que el código esté dañado o que el lector haya omitido un separador de grupo antes.

# $ai (text): the AI
# $title (text): its GS1 title
# $first (text): its first value
# $second (text): its other value
scan-decode-duplicate_ai = El AI ({ $ai }) { $title } aparece dos veces con valores distintos («{ $first }» y «{ $second }»).

# $ai (text): the AI
# $title (text): its GS1 title
# $other (text): the AI it excludes
# $other_title (text): that AI's GS1 title
scan-decode-invalid_ai_pair = El AI ({ $ai }) { $title } no puede aparecer junto con el AI ({ $other }) { $other_title }.

# $ai (text): the AI
# $title (text): its GS1 title
# $wanted (text): the AIs it needs, alternatives separated by commas (01, 02+37)
scan-decode-missing_associated_ai = El AI ({ $ai }) { $title } necesita uno de estos AI: { $wanted }.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-invalid_character = La dirección web contiene { $what ->
        [space] un espacio
        [gs] un separador de grupo (GS)
        [control] el carácter de control { $char }
        [end] el final de los datos
        [byte] el byte { $char }
       *[char] «{ $char }»
    }, que no está permitido en una URI.

# $example (text): a path with a GS1 key (/01/{GTIN})
scan-decode-dl-no_primary_key = Esta dirección web no es un GS1 Digital Link: su ruta no tiene ninguna clave GS1 como { $example }.

scan-decode-dl-not_http = Solo las direcciones http y https pueden ser GS1 Digital Links.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-domain_character = El dominio de la dirección web contiene { $what ->
        [space] un espacio
        [gs] un separador de grupo (GS)
        [control] el carácter de control { $char }
        [end] el final de los datos
        [byte] el byte { $char }
       *[char] «{ $char }»
    }, que un dominio no puede contener.

scan-decode-dl-path_ends_with_slash = La ruta del Digital Link termina en «/»: su último elemento está vacío.

# $ai (text): the AI the query names
scan-decode-dl-unknown_ai = La consulta del Digital Link nombra el AI ({ $ai }), que no está en el diccionario GS1.

# $ai (text): the AI
scan-decode-dl-duplicate_ai = El AI ({ $ai }) aparece más de una vez en el Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-ai_should_be_in_path = El AI ({ $ai }) { $title } es un calificador de clave: va en la ruta del Digital Link, no en la consulta.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-invalid_attribute = El AI ({ $ai }) { $title } no está permitido en la consulta de un Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-empty_value = El AI ({ $ai }) { $title } tiene un valor vacío en el Digital Link.

# $path (text): the path's AIs (01/21/10)
# $key (text): the key's AI
# $order (text): the order its qualifiers go in (22, 10, 21)
# $or (text): yes when there are other orders, else no
# $others (text): the other orders
scan-decode-dl-qualifier_order = La ruta del Digital Link tiene los AI { $path } en un orden que el estándar no permite (después de { $key }, los calificadores van en el orden { $order }{ $or ->
        [yes] { " o " }{ $others }
       *[no] {""}
    }).

scan-decode-ifa-no_product_code = Este código IFA no tiene código de producto (ni un PPN en 9N ni un GTIN en 8P).

scan-decode-ifa-not_format_06 = Este mensaje ISO/IEC 15434 no está en el formato 06, el de los códigos IFA de los envases.

scan-decode-ifa-no_identifier = Un campo IFA no tiene identificador de datos.

# $di (text): the field's data identifier (9N, 1T, S, D, …)
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-ifa-invalid_character = El campo IFA { $di } contiene { $what ->
        [space] un espacio
        [gs] un separador de grupo (GS)
        [control] el carácter de control { $char }
        [end] el final de los datos
        [byte] el byte { $char }
       *[char] «{ $char }»
    }, que no está permitido.

# $di (text): the field's data identifier
scan-decode-ifa-empty = El campo IFA { $di } está vacío.

# $value (text): the date as scanned
scan-decode-ifa-expiry = La caducidad «{ $value }» no es una fecha real (AAMMDD).

# $value (text): the date as scanned
scan-decode-ifa-manufactured = La fecha de fabricación «{ $value }» no es una fecha real (AAAAMMDD).

# $di (text): the field's data identifier
# $max (number): the most characters it may have
scan-decode-ifa-too_long = El campo IFA { $di } tiene más de { $max } caracteres.

# $gtin (text): the GTIN as scanned
# $length (number): its number of digits
scan-decode-ifa-gtin-length = El GTIN «{ $gtin }» del campo 8P no es válido: un GTIN tiene 8, 12, 13 o 14 dígitos, no { $length }.

# $gtin (text): the GTIN as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-ifa-gtin-non_digit = El GTIN «{ $gtin }» del campo 8P no es válido: un GTIN solo tiene dígitos (el carácter { $position } no lo es).

# $gtin (text): the GTIN as scanned
# $expected (text): the check digit it should have
scan-decode-ifa-gtin-check_digit = El GTIN «{ $gtin }» del campo 8P no es válido: su dígito de control es erróneo (debería ser { $expected }).

scan-decode-ifa-ppn = No es un PPN válido.

# $ppn (text): the PPN as scanned
# $expected (text): the check digits it should have
scan-decode-ifa-ppn-check_digits = El PPN «{ $ppn }» tiene los dígitos de control erróneos (deberían ser { $expected }). Vuelva a escanear el envase o compruebe el PZN impreso.

scan-decode-ifa-ppn-pzn = El PZN contenido en el PPN tiene un dígito de control erróneo.

# $symbology (text): the symbology identifier's letter and modifier (E0, A0, …)
scan-decode-unsupported_symbology = Este tipo de código de barras (identificador de simbología ]{ $symbology }) no lleva los datos GS1 de un envase. Escanee el código 2D (Data Matrix) del envase.

scan-decode-not_gs1 = Este código de barras se puede leer pero no contiene datos GS1 de un envase (ningún GTIN). No es el código de un envase: escanee el Data Matrix del envase.

# $gtin (text): the digits as scanned
# $length (number): their number
scan-decode-gtin-length = «{ $gtin }» no es un GTIN válido: un GTIN tiene 8, 12, 13 o 14 dígitos, no { $length }.

# $gtin (text): the digits as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-gtin-non_digit = «{ $gtin }» no es un GTIN válido: un GTIN solo tiene dígitos (el carácter { $position } no lo es).

# $gtin (text): the digits as scanned
# $expected (text): the check digit it should have
scan-decode-gtin-check_digit = «{ $gtin }» no es un GTIN válido: su dígito de control es erróneo (debería ser { $expected }).

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_short = El AI ({ $ai }) { $title } es demasiado corto.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_long = El AI ({ $ai }) { $title } tiene más caracteres de los que admite.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-empty = El AI ({ $ai }) { $title } no tiene valor.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long = El AI ({ $ai }) { $title } tiene { $length } caracteres; se admiten como máximo { $max }.

# A value of variable length: the separator after it may be missing.
# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long-separator = El AI ({ $ai }) { $title } tiene { $length } caracteres; se admiten como máximo { $max }. Es posible que el lector haya omitido un separador de grupo (GS) entre dos campos: compruebe la configuración de teclado del lector.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $min (number): the fewest characters it needs
scan-decode-value_too_short = El AI ({ $ai }) { $title } tiene { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }; necesita al menos { $min }.

# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character = El AI ({ $ai }) { $title } contiene { $what ->
        [space] un espacio
        [gs] un separador de grupo (GS)
        [control] el carácter de control { $char }
        [end] el final de los datos
        [byte] el byte { $char }
       *[char] «{ $char }»
    }, que no está permitido ahí ({ $charset ->
        [numeric] solo dígitos
        [cset82] letras, dígitos y la puntuación GS1
        [cset39] mayúsculas, dígitos, «#», «-» y «/»
       *[cset64] caracteres base64url
    }). Vuelva a escanear el envase; si el error persiste, el código está mal impreso.

# A character beyond ASCII, as a scanner typing on a non-US keyboard layout sends.
# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character-keyboard = El AI ({ $ai }) { $title } contiene { $what ->
        [space] un espacio
        [gs] un separador de grupo (GS)
        [control] el carácter de control { $char }
        [end] el final de los datos
        [byte] el byte { $char }
       *[char] «{ $char }»
    }, que no está permitido ahí ({ $charset ->
        [numeric] solo dígitos
        [cset82] letras, dígitos y la puntuación GS1
        [cset39] mayúsculas, dígitos, «#», «-» y «/»
       *[cset64] caracteres base64url
    }). Un lector en modo teclado con una distribución distinta de la estadounidense puede producir esos caracteres: configúrelo en modo de teclado universal o USB-COM.

## scan.decode.lint: a value that breaks its AI's rule
#
# Every one says the AI, its title and the value: "$ai (text): the AI", "$title (text): its
# GS1 title", "$value (text): the value as scanned".

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
# $expected (text): the check digit it should have
scan-decode-lint-check_digit = El AI ({ $ai }) { $title } «{ $value }»: el dígito de control es erróneo (el último dígito debería ser { $expected }). El código está mal impreso o se ha leído mal; vuelva a escanearlo o escriba el número impreso en el envase.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-check_pair = El AI ({ $ai }) { $title } «{ $value }»: el par de caracteres de control es erróneo.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-iban = El AI ({ $ai }) { $title } «{ $value }»: no es un IBAN válido.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-day_zero = El AI ({ $ai }) { $title } «{ $value }»: el día 00 no se admite en esta fecha.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yymmdd = El AI ({ $ai }) { $title } «{ $value }»: no es una fecha real (AAMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yyyymmdd = El AI ({ $ai }) { $title } «{ $value }»: no es una fecha real (AAAAMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hhmi = El AI ({ $ai }) { $title } «{ $value }»: no es una hora real (HHMM).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hour = El AI ({ $ai }) { $title } «{ $value }»: no es una hora real.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-minute = El AI ({ $ai }) { $title } «{ $value }»: no es un minuto o un segundo real.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country = El AI ({ $ai }) { $title } «{ $value }»: no es un código de país ISO 3166.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country_alpha2 = El AI ({ $ai }) { $title } «{ $value }»: no es un código de país de dos letras.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-currency = El AI ({ $ai }) { $title } «{ $value }»: no es un código de moneda ISO 4217.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-sex = El AI ({ $ai }) { $title } «{ $value }»: no es un código de sexo ISO 5218.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yes_no = El AI ({ $ai }) { $title } «{ $value }»: el valor debe ser 0 (no) o 1 (sí).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_zero = El AI ({ $ai }) { $title } «{ $value }»: el valor no puede ser cero.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero = El AI ({ $ai }) { $title } «{ $value }»: el valor debe ser 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-winding = El AI ({ $ai }) { $title } «{ $value }»: el sentido de bobinado debe ser 0, 1 o 9.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-piece_of_total = El AI ({ $ai }) { $title } «{ $value }»: el número de pieza debe estar entre 1 y el número total de piezas.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-percent = El AI ({ $ai }) { $title } «{ $value }»: un «%» debe ir seguido de dos dígitos hexadecimales.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hyphen = El AI ({ $ai }) { $title } «{ $value }»: el valor debe ser un guion.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-latitude = El AI ({ $ai }) { $title } «{ $value }»: no es una latitud válida.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-longitude = El AI ({ $ai }) { $title } «{ $value }»: no es una longitud válida.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_digit = El AI ({ $ai }) { $title } «{ $value }»: el valor debe contener al menos un carácter que no sea un dígito.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero_prefix = El AI ({ $ai }) { $title } «{ $value }»: el valor no puede empezar por 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-importer_index = El AI ({ $ai }) { $title } «{ $value }»: no es un índice de importador válido.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-media_type = El AI ({ $ai }) { $title } «{ $value }»: no es un tipo de soporte AIDC válido.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-position_in_sequence = El AI ({ $ai }) { $title } «{ $value }»: el valor debe ser una posición y un total, como 1/2.
## settings: the site's settings

# $field (text): the substitutes field
# $substitute (text): the substitute refused
settings-gs_substitute_unusable = «{ $substitute }» no puede sustituir al separador de grupo: un número de serie puede contenerlo, o está en blanco. Use un carácter como ~ o una secuencia como <GS>.

# $field (text): the short-dated window field
# $days (number): what was given
# $max (number): the longest window
settings-short_dated_days_out_of_range = El plazo de caducidad próxima va de 0 a { $max } días, no { $days }.

# $field (text): the price tolerance field
# $percent (number): what was given
# $max (number): the largest tolerance
settings-price_tolerance_out_of_range = La tolerancia de precio va de 0 a { $max } %, no { $percent } %.
settings-currency_unknown = «{ $currency }» no es una moneda en uso: indique su código ISO 4217 de tres letras, por ejemplo EUR, USD o XOF.

## files: files written for a person

# $path (text): the file
files-exists = { $path } ya existe: confirme para sustituirlo, o elija otro nombre.

# $path (text): the file
files-open_database = { $path } es la base de datos abierta (o su diario de transacciones): elija otro nombre.

# $path (text): the path
files-not_a_file = { $path } es una carpeta, no un archivo: indique un nombre de archivo.

# $path (text): the file
# $reason (text): what the system said
files-io = No se ha podido escribir { $path }: { $reason }

# $field (text): the folder field
# $path (text): the folder
files-backup_beside_database = { $path } contiene la base de datos abierta: guarde las copias de seguridad en una carpeta propia (una subcarpeta como backups, u otro disco).

## recall, count, levels, report, stock, epcis, user, site (api checks before core)

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
recall-gtin_unreadable = «{ $gtin }» no es un GTIN: { $reason }

# $field (text): the scan field
# $reason (text): why the code could not be read
recall-scan_unreadable = No se ha podido leer el código escaneado: { $said } Vuelva a escanear el envase.

# $field (text): the scan field
# $recall (text): the recall number
recall-scan_not_a_pack = Este código no identifica un envase concreto (no tiene GTIN o no tiene número de serie): escanee el código 2D del envase, o registre el resultado para su lote o su ubicación en la retirada { $recall }.

# $field (text): the scan field
# $gtin (text): the scanned pack's GTIN
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_not_affected = No está en la retirada { $recall }: el envase { $gtin } con número de serie { $serial } no está incluido en ella. Devuélvalo a su sitio; no se ha registrado nada.

# $field (text): the outcome field
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_found = El envase con número de serie { $serial } se acaba de escanear, así que se ha encontrado: elija qué se hace con él (devolución al proveedor o destrucción) en la retirada { $recall }, no «No encontrado». No se ha registrado nada.

# $field (text): the scan field
# $serial (text): the pack's serial
# $recall (text): the recall number
# $outcome (text): the outcome or status already recorded
recall-pack_resolved = El envase con número de serie { $serial } ya está resuelto en la retirada { $recall } ({ $outcome ->
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [notified] destinatario notificado
        [not_found] no encontrado
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [missing] desaparecido
       *[other] { $outcome }
    }): no se ha vuelto a registrar nada.

# $field (text): the meaning field
# $meaning (text): the meaning given
recall-close_meaning = El cierre de una retirada se firma como aprobado o revisado, no como { $meaning ->
        [performed] realizado
        [approved] aprobado
        [reviewed] revisado
       *[other] { $meaning }
    }.

# $field (text): the meaning field
# $meaning (text): the meaning given
count-apply_meaning = La aplicación de un recuento se firma como aprobada o revisada, no como { $meaning ->
        [performed] realizada
        [approved] aprobada
        [reviewed] revisada
       *[other] { $meaning }
    }.

# $field (text): the file field
# $file (text): the name given
report-file_name = «{ $file }» no es un nombre de archivo: indique un nombre como stock.pdf, sin carpetas.

# $field (text): the file field
# $file (text): the name given
report-file_extension = Termine el nombre de archivo «{ $file }» en .pdf (el informe imprimible) o .csv (sus filas).

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
report-gtin_unreadable = «{ $gtin }» no es un GTIN: { $reason }

# $field (text): the serial field
report-serial_missing = Indique el número de serie del envase.

# $title (text): the report
# $reason (text): what failed
report-render_failed = No se ha podido escribir { $title } como archivo: { $reason }

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
stock-gtin_unreadable = «{ $gtin }» no es un GTIN: { $reason }

# $field (text): the serial field
stock-serial_missing = Indique el número de serie (o un lote, para el historial de un lote).

# $field (text): the lot field
stock-lot_missing = Indique el lote.

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
epcis-gtin_unreadable = «{ $gtin }» no es un GTIN: { $reason }

# $field (text): the end date field
epcis-days_reversed = La exportación termina antes de empezar: indique el día posterior en segundo lugar.

# $field (text): the repeated password field
auth-passwords_differ = Las dos contraseñas no coinciden: escriba la misma contraseña dos veces.

# $field (text): the username field
master-username_missing = Indique el nombre de usuario.

# $field (text): the occurred-time field
# $time (text): what was given
movement-occurred_unreadable = «{ $time }» no es una hora: escríbala como 2026-11-20T14:30:00+01:00.

# $field (text): the destination field
# $movement (text): the movement
movement-destination_not_used = { $movement ->
        [receive] Una recepción
        [dispense] Una dispensación
        [return] Una devolución
        [destroy] Una destrucción
        [return_to_supplier] Una devolución al proveedor
        [transfer] Un traslado
        [quarantine] Una puesta en cuarentena
        [release] Una liberación
       *[other] Un movimiento { $movement }
    } no mueve existencias a otra ubicación: deje el destino vacío (solo un traslado, una puesta en cuarentena o una liberación lo llevan).

# $movement (text): the movement
movement-run_override_refused = La pantalla Escanear lee los códigos escaneados con los ajustes del centro; desde ella, { $movement ->
        [receive] una recepción
        [dispense] una dispensación
        [transfer] un traslado
        [return] una devolución
        [quarantine] una puesta en cuarentena
        [release] una liberación
        [destroy] una destrucción
        [return_to_supplier] una devolución al proveedor
       *[other] un movimiento { $movement }
    } no puede traer ajustes propios (un gestor de inventario los cambia en Ajustes).

## Replenishment: who supplies whom, pick lists, supplier orders

# $field (text): the supplying location field
# $supplier (text): the location code given
master-supplier_location_unknown = No hay ninguna ubicación { $supplier } desde la que abastecer: elija una farmacia o un almacén.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplies_itself = { $location } no puede abastecerse a sí misma ({ $supplier }): elija la farmacia o el almacén que la repone.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplier_location_inactive = { $supplier } ya no está en uso, así que no puede abastecer a { $location }.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
# $kind (text): what the location given is (ward, clinic, quarantine)
master-supplier_location_kind = { $supplier } es { $kind ->
        [ward] una planta
        [clinic] una consulta
        [quarantine] una zona de cuarentena
        [pharmacy] una farmacia
        [store] un almacén
       *[other] una ubicación de tipo { $kind }
    }: solo una farmacia o un almacén puede abastecer a { $location }.

# $field (text): the location field
# $location (text): the location given
# $kind (text): what it is (pharmacy, store, quarantine)
master-supplied_not_ward = { $location } es { $kind ->
        [pharmacy] una farmacia
        [store] un almacén
        [quarantine] una zona de cuarentena
        [ward] una planta
        [clinic] una consulta
       *[other] una ubicación de tipo { $kind }
    }: solo las plantas y las consultas se reponen desde una ubicación de abastecimiento.

# $field (text): the usual supplier field
# $supplier (text): the partner code given
master-usual_supplier_unknown = No hay ningún proveedor { $supplier }: añada antes el proveedor o elija uno de la lista.

# $reason (text): why the proposal could not be written
replenish-proposal_unwritable = No se ha podido guardar la lista de preparación: { $reason }.

# $list (number): the pick list's number
replenish-pick_list_unknown = No hay ninguna lista de preparación { $list }.

# $list (text): the pick list's reference (PICK-n)
replenish-pick_list_replaced = La lista { $list } ha sido sustituida por una lista de preparación más reciente: prepare a partir de la más reciente.

# $field (text): the scan field
# $reason (text): what the decoder found
replenish-pick_unreadable = Este código escaneado no se puede leer: { $reason }. No se ha registrado nada.

# $product (text): the product scanned (name or GTIN)
# $list (text): the pick list's reference
replenish-pick_not_on_list = { $product } no está en la lista { $list }: devuélvalo a su sitio. No se ha registrado nada.

# $product (text): the product scanned
# $location (text): the ward its line is for
replenish-pick_line_complete = { $product } para { $location } ya está preparado: devuelva este envase a su sitio. No se ha registrado nada.

# $product (text): the product whose order line does not fit
replenish-order_total_too_large = El total del pedido de { $product } es demasiado grande para calcularlo: compruebe su precio de contrato y los niveles que lo piden. No se ha hecho ningún pedido.

replenish-orders_total_too_large = El total de los pedidos a proveedores de hoy es demasiado grande para calcularlo: compruebe los precios de contrato y los niveles. No se ha impreso ningún pedido.

# $product (text): the product scanned
# $ward (text): the ward named as being picked for
# $list (text): the pick list's reference
replenish-pick_not_for_ward = { $product } no está en la lista { $list } para { $ward }: devuélvalo a su sitio o elija otra planta. No se ha registrado nada.

# $product (text): the product scanned
# $location (text): where the pack is recorded in stock
# $from (text): the locations the product's open lines are picked from
replenish-pick_not_from_here = Este envase de { $product } está registrado en { $location }, pero sus líneas abiertas en esta lista de preparación se preparan desde { $from }: no puede cubrirlas. Prepare desde { $from }; no se ha registrado nada.

# $product (text): the product scanned
# $wards (text): the wards still open for it ("WARD-3A and WARD-4B")
replenish-pick_choose_ward = { $product } está en esta lista de preparación para { $wards }: elija para qué planta está preparando. No se ha registrado nada.

# $product (text): the product scanned
# $expiry (text): its expiry date
replenish-pick_expired = Este envase de { $product } caducó el { $expiry }: no lo envíe nunca a una planta. Apártelo; no se ha registrado nada.

# $field (text): the quantity field
# $quantity (number): the quantity scanned
# $left (number): what the line still wants
# $product (text): the product
replenish-pick_more_than_wanted = { $quantity ->
        [one] { $quantity } unidad
       *[other] { $quantity } unidades
    } de { $product } es más que { $left ->
        [one] la única unidad que queda
       *[other] las { $left } que quedan
    } por preparar: introduzca como máximo { $left }.

## national: the national verification systems (EU NMVS, US VRS)

# $field (text): the setting at fault
# $check (text): the word given
national-check_invalid = «{ $check }» no es un momento de verificación: elija off, at_dispense, at_receipt o decommission_at_receipt.

# $field (text): the setting at fault
# $market (text): the market given
national-market_invalid = «{ $market }» no es un sistema nacional: escriba US, o EU- seguido del código del país en dos mayúsculas (EU-DE).

# $field (text): the setting at fault
# $check (text): the moment chosen
national-market_missing = Para verificar { $check }, elija primero el sistema nacional del que depende el centro.

# $field (text): the setting at fault
# $market (text): the market chosen
national-dispense_needs_eu = { $market } no admite desactivaciones: solo un centro de la UE desactiva, al dispensar o al recibir. Elija at_receipt u off.

# $id (number): the request
national-request_not_waiting = La solicitud de verificación { $id } ya no está en espera: ya tiene respuesta, o no existe.

# $id (number): the request
national-request_not_failed = La solicitud de verificación { $id } no falló, así que no hay nada que reintentar: solo se vuelve a poner en cola una solicitud rechazada, una vez corregido lo que la rechazó.

# $id (number): the failed request
# $later (number): the request queued after it
national-retry_queued = La solicitud de verificación { $id } no se vuelve a poner en cola: la solicitud { $later } del mismo envase se puso en cola después y ocupa su lugar (una segunda desactivación provocaría una alerta de falsificación).

# $id (number): the failed request
# $standing (number): the earlier decommission that still stands
national-retry_decommission_stands = La solicitud de verificación { $id } no se vuelve a poner en cola: la desactivación { $standing } del envase sigue vigente en el sistema nacional (su anulación no prosperó), y una segunda desactivación provocaría una alerta de falsificación. Anule primero la primera y vuelva a intentarlo.

# $field (text): the setting at fault
# $hours (number): the hours given
# $max (number): the longest window
national-window_invalid = { $hours } horas no es un plazo de desactivación: elija de 1 a { $max } horas.

# $path (text): the file
# $reason (text): what is wrong, and where
national-config_invalid = El archivo de los sistemas nacionales { $path } no se puede usar: { $reason }. No se envió nada; la cola espera a que se corrija el archivo.

# $path (text): the lock file
# $reason (text): why
national-drainer_running = Otro Custody (la aplicación o una línea de comandos) ya está enviando las solicitudes de verificación de esta base de datos: { $reason } ({ $path }). Solo uno envía a la vez, para que ninguna solicitud salga dos veces.

# $path (text): the lock file, or the database
# $reason (text): why
national-drainer_unavailable = No se pueden enviar las solicitudes de verificación de esta base de datos: { $reason } ({ $path }). Esperan en la cola.

# $path (text): the file looked for
# $reason (text): why
national-not_configured = No hay ningún sistema nacional configurado para esta base de datos: { $path } ({ $reason }). Las solicitudes esperan en la cola; la forma del archivo está en el README, «National verification».

# $serial (text): the pack's serial
national-pack_state_unreadable = No se puede leer el estado del envase { $serial }, así que la alerta no pudo retenerlo. Ejecute custody verify.

## sync: the site's side of the hospital network

# $seq (number): the event
# $detail (text): what does not match
sync-ledger_changed = El evento { $seq } de este registro se modificó después de registrarse ({ $detail }), así que no se envía al servidor central. Ejecute custody verify y llame al administrador del servidor central.

# $seq (number): the position asked for
sync-no_such_event = El registro de este centro no tiene ningún evento { $seq }.

sync-no_site = Esta base de datos aún no tiene centro: configúrelo antes de que se una a la red.

# $hub (text): the hub the site is enrolled with
sync-already_enrolled = Este centro ya está inscrito en el servidor central { $hub }. Para volver a inscribirlo (después de que el administrador del servidor central haya resuelto una bifurcación, o para pasar a otro servidor central), indíquelo expresamente: custody sync enrol --re-enrol.

sync-not_enrolled = Este centro no está inscrito en ningún servidor central: un administrador lo inscribe con el código que da el administrador del servidor central (custody sync enrol).

# $state (text): the state given
sync-not_a_refusal = { $state } no es un estado de rechazo del servidor central.

# $url (text): the address tried
# $detail (text): what the network said
sync-hub_unreachable = No se ha podido contactar con el servidor central en { $url } ({ $detail }). Compruebe la dirección y la red, y vuelva a intentarlo.

# $site (text): this database's site code
sync-enrolment_code_refused = El servidor central no ha aceptado este código de inscripción: es desconocido, ya se ha usado, ha caducado o es para un centro distinto del de esta base de datos, { $site }. Pida al administrador del servidor central un código para el centro { $site } (custody-hub site code { $site }).

# $url (text): the address asked
# $code (text): the hub's refusal code
# $detail (text): the hub's refusal in words
sync-hub_refused = El servidor central ha rechazado la petición ({ $url }, { $code }): { $detail }.

# $url (text): the address asked
# $status (number): the HTTP status of the answer
# $detail (text): what was wrong with the answer
sync-hub_answer = La respuesta de { $url } (estado { $status }) no sigue el protocolo de la red ({ $detail }): compruebe que la dirección es la del servidor central.

# $field (text): the hub address field
# $hub (text): what was given
sync-bad_hub_address = { $hub } no es una dirección de servidor central: indíquela como https://host:puerto (o http:// en una red de confianza).

# $url (text): the address tried
# $detail (text): what the TLS library said of the hub's certificate
sync-hub_untrusted = El servidor central en { $url } ha presentado un certificado en el que este centro no confía ({ $detail }). Si el servidor central usa la autoridad de certificación propia del hospital, defina CUSTODY_HUB_CA con el certificado de esa autoridad (un archivo PEM); si no, llame al administrador del servidor central: puede que no sea el servidor central.

# $path (text): the CA file named by CUSTODY_HUB_CA
# $why (text): what is wrong with it
sync-hub_ca_unusable = El archivo de la autoridad de certificación del servidor central { $path } (indicado en CUSTODY_HUB_CA) no se puede usar ({ $why }).

# $detail (text): what the system said
sync-key_not_made = No se ha podido crear la clave de firma del centro ({ $detail }).

# $cursor (number): where the site's pull cursor stands
# $after (number): where the page was pulled from
sync-pull_moved = Los cambios del servidor central se han descargado a partir de { $after }, pero este centro ya los ha incorporado hasta { $cursor } (otra descarga se ejecutaba a la vez): no se ha aplicado nada; vuelva a descargar.

# $detail (text): what the site cannot take, and where
sync-feed_invalid = El servidor central ha enviado un cambio que este centro no puede incorporar ({ $detail }): no se ha aplicado nada de la página. Llame al administrador del servidor central.

# $seq (number): the first event the hub sent back
# $expected (number): this ledger's next event
sync-restore_not_next = El servidor central ha devuelto eventos a partir del { $seq }, pero el siguiente evento de este registro es el { $expected }: no se ha escrito nada. Vuelva a ejecutar custody sync restore.

# $detail (text): what does not check, naming the event
sync-restore_bad_chain = Los eventos que ha devuelto el servidor central no continúan a partir del último evento de este registro ({ $detail }): no se ha escrito nada. Llame al administrador del servidor central.

# $seq (number): the event pulled back
# $kind (text): product, location, partner or user
# $key (text): the GTIN, code or username the event names
sync-restore_unknown_key = El evento { $seq } del servidor central nombra { $kind ->
        [product] el producto
        [location] la ubicación
        [partner] el socio
        [user] el usuario
       *[other] el elemento { $kind }
    } { $key }, que el archivo de este centro no contiene: no se ha escrito nada. Vuelva a poner { $kind ->
        [product] ese producto
        [location] esa ubicación
        [partner] ese socio
        [user] ese usuario
       *[other] ese elemento
    } tal como lo tenía el centro cuando registró ese evento, y vuelva a ejecutar custody sync restore.

# $seq (number): the event pulled back
# $what (text): the field
# $detail (text): what it holds, or why it does not read
sync-restore_unreadable = El evento { $seq } del servidor central tiene un campo { $what } que esta versión de Custody no sabe leer ({ $detail }): no se ha escrito nada. Actualice Custody y vuelva a ejecutar custody sync restore.

# $user (text): the administrator's username
sync-rebuild_admin_not_on_ledger = El registro del centro no hace de { $user } un administrador activo del centro: un centro perdido lo reconstruye uno de sus propios administradores, con el nombre de usuario que indica su registro. Se ha retirado la base de datos nueva; pida al administrador del servidor central un nuevo código de un solo uso.

sync-rebuild_not_empty = Un centro solo se reconstruye desde el servidor central en una base de datos nueva y vacía: elija un archivo que aún no exista.

# $message (text): why the rebuild stopped
sync-rebuild_incomplete = No se ha podido reconstruir el centro desde el servidor central ({ $message }): se ha retirado la base de datos nueva. Pida al administrador del servidor central un nuevo código de un solo uso (custody-hub site code) y vuelva a intentarlo.

## i18n: the languages Custody speaks

# $field (text): the language field
# $language (text): the tag asked for
# $languages (text): the tags Custody speaks
auth-language_unknown = Custody no habla { $language }: elija uno de { $languages }.

## verdict: what a scan found
#
# Lo que encontró una lectura (veredicto, hallazgos, respuesta de una lectura de recuento): los
# estados ([in_stock], [quarantined], …), los movimientos ([receive], [dispense], …) y las clases
# de retirada ([withdrawal]) llegan como códigos y aquí se dicen con palabras. Un envase es
# masculino: los estados concuerdan con él.

# Nothing was found and nothing recorded.
verdict-ok = Aceptado.

# $product (text): the product's name
# $movement (text): the movement recorded (receive, dispense, transfer, return, quarantine, release, destroy, return_to_supplier)
verdict-recorded = { $product }: { $movement ->
        [receive] recepción registrada
        [dispense] dispensación registrada
        [transfer] traslado registrado
        [return] devolución a existencias registrada
        [quarantine] retención en cuarentena registrada
        [release] liberación registrada
        [destroy] destrucción registrada
        [return_to_supplier] devolución al proveedor registrada
       *[other] { $movement } registrado
    }.

# Said after the finding that held the pack.
verdict-held = Retenido en cuarentena.

# Said after the finding that held the pack.
# $location (text): the quarantine location's code
verdict-held-at = Retenido en cuarentena ({ $location }).

# The decoder's own sentence (a "scan.decode." code above), said in the session's language.
# $reason (text): why the decoder refused the scan (given as its code and arguments)
verdict-decode_error = { $reason }

# $gtin (text): the GTIN scanned
verdict-unknown_product = El GTIN { $gtin } no está en la lista de productos. Añada el producto y vuelva a escanear el envase.

# $pzn (text): the PZN scanned (German national code)
verdict-unknown_product-pzn = El PZN { $pzn } no está en la lista de productos. Añada el producto y vuelva a escanear el envase.

# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator = El AI ({ $ai }) «{ $value }» contiene «{ $rest }…», que puede ser el AI ({ $embedded }) pegado a él: es posible que el lector haya omitido un separador de grupo. Compruebe el texto impreso en el envase.

# $product (text): the product's name
# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator-no_serial = { $product } está serializado, pero esta lectura no tiene número de serie. El AI ({ $ai }) «{ $value }» contiene «{ $rest }…», que puede ser el AI ({ $embedded }) pegado a él: es posible que el lector haya omitido un separador de grupo. Compruebe el texto impreso en el envase.

# $product (text): the product's name
verdict-missing_serial = { $product } está serializado: escanee el código 2D (Data Matrix) del envase, no su código de barras lineal.

# $product (text): the product's name
verdict-missing_lot = { $product } se controla por lote: escanee un código que lleve el lote, o introdúzcalo.

# $lot (text): the lot
# $recorded (text): the expiry recorded for the lot
# $scanned (text): the expiry the pack's code gives
verdict-expiry_mismatch = El lote { $lot } se registró con fecha de caducidad { $recorded }, pero este envase indica { $scanned }: el envase puede estar falsificado. Apártelo para el responsable de calidad.

# $serial (text): the pack's serial number
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled = El envase { $serial } está afectado por la retirada { $recall } ({ $class ->
        [withdrawal] retirada del mercado
       *[other] clase { $class }
    }): no lo utilice. Apártelo en cuarentena para el responsable de calidad.

# $lot (text): the lot
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled-lot = El lote { $lot } está afectado por la retirada { $recall } ({ $class ->
        [withdrawal] retirada del mercado
       *[other] clase { $class }
    }): no lo utilice. Apártelo en cuarentena para el responsable de calidad.

# $expiry (text): the expiry date
verdict-expired = Caducado el { $expiry }. No lo utilice; póngalo en cuarentena o destrúyalo.

# $expiry (text): the expiry date
# $days (number): days from today to the expiry
verdict-short_dated = Caducidad próxima: caduca el { $expiry }, dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.

# A receipt of a pack already held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial = El envase { $serial } ya está { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }{ $located ->
        [yes] {" "}en la ubicación { $location }
       *[no] {""}
    }: es un envase duplicado o clonado. Apártelo para el responsable de calidad.

# A ward return of a pack still held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial-return = El envase { $serial } ya está { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }{ $located ->
        [yes] {" "}en la ubicación { $location }
       *[no] {""}
    }: no se puede devolver otra vez.

# A receipt of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned = El envase { $serial } ya fue { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }: un envase no puede volver a entrar. Puede estar reutilizado o clonado; apártelo para el responsable de calidad.

# A ward return of a pack destroyed or sent back.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned-return = El envase { $serial } fue { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }: no se puede devolver a existencias.

# Any other movement of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $movement (text): the movement asked for (dispense, transfer, quarantine, destroy, return_to_supplier)
verdict-already_decommissioned-again = El envase { $serial } ya fue { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }: no puede ser { $movement ->
        [receive] recibido
        [dispense] dispensado
        [transfer] trasladado
        [return] devuelto a existencias
        [quarantine] retenido en cuarentena
        [release] liberado
        [destroy] destruido
        [return_to_supplier] devuelto al proveedor
       *[other] { $movement }
    } otra vez. Puede estar reutilizado o clonado; apártelo para el responsable de calidad.

# A dispense of a pack the national system holds as taken out of the supply chain for another reason than a supply.
# $serial (text): the pack's serial number
# $reason (text): the decommission's reason (stolen, sample, free_sample, destroyed, exported, locked)
verdict-already_decommissioned-nationally = El envase { $serial } está dado de baja en el sistema nacional como { $reason ->
        [stolen] robado
        [sample] muestra para las autoridades
        [free_sample] muestra gratuita
        [destroyed] destruido
        [exported] exportado
        [locked] bloqueado
       *[other] { $reason }
    }: no debe dispensarse. Póngalo en cuarentena como sospechoso y avise a calidad.

# A receipt of a pack a count recorded missing.
# $serial (text): the pack's serial number
verdict-not_in_stock-missing = El envase { $serial } se registró como desaparecido en un recuento; se recibe de nuevo.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-not_in_stock = El envase { $serial } no está en existencias aquí (está { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }).

# $serial (text): the pack's serial number
verdict-not_in_stock-never_received = El envase { $serial } nunca se recibió aquí. Recíbalo primero, o apártelo si no debería estar aquí.

# A release of a pack that is not in quarantine.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-not_quarantined = El envase { $serial } está { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }{ $located ->
        [yes] {" "}en la ubicación { $location }
       *[no] {""}
    }, no en cuarentena.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-quarantined = El envase { $serial } está en cuarentena{ $located ->
        [yes] {" "}en la ubicación { $location }
       *[no] {""}
    }: no se puede utilizar.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-wrong_location = El envase { $serial } está registrado{ $located ->
        [yes] {" "}en la ubicación { $location }
       *[no] {""}
    }, no aquí. Muévalo primero con un traslado, o fuerce la lectura si el registro es erróneo.

# $serial (text): the pack's serial number
verdict-already_scanned = Ya escaneado: el envase { $serial } se acaba de registrar y se cuenta una sola vez. No se ha registrado nada más.

# $serial (text): the pack's serial number (empty for a lot-tracked pack)
verdict-tamper_broken = El envase { $serial } tiene el dispositivo contra manipulaciones roto: no se dispensa. Un envase que está aquí queda en cuarentena como sospechoso; entréguelo a calidad.

# Said after a return is recorded.
# $serial (text): the pack's serial number
# $days (number): the days after a decommission its undo is allowed
verdict-undo_too_late = El envase { $serial } se desactivó en el sistema nacional hace más de { $days } días: el sistema nacional ya no acepta deshacerlo, así que sigue desactivado allí. Vuelve a estar en stock aquí y no se desactivará otra vez.

# $have (number): how many of the lot there are
# $lot (text): the lot
# $status (text): the stock asked about (in_stock, or quarantined for a release)
# $location (text): the location's code
# $quantity (number): how many were asked for
verdict-insufficient_quantity = Solo hay { $have } del lote { $lot } { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    } en la ubicación { $location }; se han pedido { $quantity }.

# $packs (number): expired packs (or lot quantity) still on the shelf
# $location (text): the location's code
# $oldest (text): the oldest expiry among them
verdict-expired_on_shelf = { $packs ->
        [one] { $packs } envase caducado de este producto sigue
       *[other] { $packs } envases caducados de este producto siguen
    } en la estantería de la ubicación { $location } (caducidad más antigua: { $oldest }): póngalos en cuarentena.

# Asked before a dispense out of first-expiry order.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo = En la ubicación { $location } hay un envase de este producto que caduca antes: lote { $has_lot ->
        [yes] { $lot }
       *[no] sin lote
    }, caducidad { $expiry } ({ $packs ->
        [one] { $packs } envase caduca
       *[other] { $packs } envases caducan
    } antes). Vuelva a escanear este envase o pulse Intro para dispensarlo de todos modos; si no, escanee el envase que caduca antes.

# The person's answer to verdict-fefo, kept with the dispense.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo-confirmed = Dispensado antes que un envase que caduca antes en la ubicación { $location } (lote { $has_lot ->
        [yes] { $lot }
       *[no] sin lote
    }, caducidad { $expiry }; { $packs ->
        [one] { $packs } envase
       *[other] { $packs } envases
    } en total): decisión del operador.

# $serial (text): the pack's serial number
verdict-unexpected = No figura en el envío previsto: el envase { $serial } se recibe, pero compruébelo con el proveedor.

verdict-unexpected-lot = No figura en el envío previsto: este lote se recibe, pero compruébelo con el proveedor.

# $listed (number): how many more of the lot the despatch advice lists
# $lot (text): the lot
# $quantity (number): how many are received
# $over (number): how many are over
verdict-unexpected-over = El aviso de expedición indica { $listed } más del lote { $lot }; se reciben { $quantity }: los { $over } de más se registran como no previstos.

# $listed_lot (text): the lot the despatch advice gives ("-" for none)
# $listed_expiry (text): the expiry it gives ("-" for none)
# $lot (text): the lot the pack gives ("-" for none)
# $expiry (text): the expiry the pack gives ("-" for none)
verdict-differs_from_advice = El aviso de expedición indica este envase con el lote { $listed_lot } y la caducidad { $listed_expiry }, pero el envase indica el lote { $lot } y la caducidad { $expiry }: recibido, sin cotejar.

# $supplier (text): the supplier's name
# $cost (text): the unit cost charged, with two decimals
# $contract (text): the contract price, with two decimals
verdict-price_above_contract = { $supplier } ha facturado { $cost } frente a un precio de contrato de { $contract }.

# $product (text): the product's name
verdict-count-missing_serial = { $product } está serializado y este código no tiene número de serie (¿un código de barras lineal?): escanee el código 2D del envase para contarlo.

# $product (text): the product's name
verdict-count-missing_lot = { $product } se cuenta por lote y este código no tiene lote: escanee un código que lleve el lote.

# $product (text): the product's name
# $lot (text): the lot
# $total (number): counted so far of the lot
verdict-count-quantity_needed = { $product } lote { $lot }: ¿cuántos? ({ $total ->
        [one] { $total } contado hasta ahora
       *[other] { $total } contados hasta ahora
    }.)

verdict-count-no_product = Este código no designa ningún producto (una etiqueta de envío, no un envase): escanee el código propio del envase.

verdict-count-unknown_product = Este producto no está en la lista de productos; aparte el envase y añada el producto.

# $product (text): the product's name
verdict-count-not_in_count = { $product } no forma parte de este recuento.

# $product (text): the product's name
# $lot (text): the lot
# $quantity (number): how many this scan counts
# $total (number): counted so far of the lot
verdict-count-lot_counted = { $product } lote { $lot }: { $quantity ->
        [one] { $quantity } contado
       *[other] { $quantity } contados
    }, { $total } hasta ahora.

# $serial (text): the pack's serial number
verdict-count-already_counted = El envase { $serial } ya se contó: cuenta una sola vez.

# $product (text): the product's name
verdict-count-counted = { $product }: contado.

# $product (text): the product's name
verdict-count-counted-arrived_since = { $product }: contado (llegó después de empezar el recuento).

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $location (text): where the ledger has it (a location's code, or ?)
verdict-count-elsewhere = El envase { $serial } está registrado { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    } en la ubicación { $location }: se cuenta aquí; el recuento lo moverá.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-count-wrong_status = El envase { $serial } está registrado como { $status ->
        [in_stock] en existencias
        [quarantined] en cuarentena
        [dispensed] dispensado
        [transferred_out] trasladado fuera del centro
        [returned_to_supplier] devuelto al proveedor
        [destroyed] destruido
        [missing] desaparecido
       *[other] { $status }
    }: no debería estar en una estantería. Apártelo para el responsable de calidad.

# $serial (text): the pack's serial number
verdict-count-not_received = El envase { $serial } nunca se recibió aquí: apártelo para el responsable de calidad; al aplicar el recuento se retendrá en cuarentena como sospechoso.

# Said after the count scan's answer.
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-count-set_aside-recalled = Retirada ({ $recall }, { $class ->
        [withdrawal] retirada del mercado
       *[other] clase { $class }
    }): apártelo.

# Said after the count scan's answer.
# $expiry (text): the expiry date
verdict-count-set_aside-expired = Caducado el { $expiry }: apártelo.

# Prices where they arrive (issue #23, contract prices per supplier, unit costs at receipt).

# $field (text): the price field at fault
# $value (text): the price as given
master-price_unreadable = «{ $value }» no es un precio: escríbalo con un punto antes de los decimales, por ejemplo 12.50.

# $field (text): the price field at fault
# $value (text): the price as given
master-price_below_zero = { $value } es negativo: un precio es 0 o más.

# $field (text): the price field at fault
# $value (text): the price as given
# $decimals (number): how many decimals the site's currency is written with
master-price_decimals = { $value } tiene demasiados decimales: un precio en la moneda del centro se escribe { $decimals ->
        [0] sin decimales
        [1] con un decimal
       *[other] con { $decimals } decimales
    }.

# $field (text): the price field at fault
# $value (text): the price as given
# $currency (text): the site's currency (ISO 4217 code)
master-price_below_hundredths = { $value }: Custody guarda los precios al céntimo de { $currency }, así que el tercer decimal debe ser 0.

# $field (text): the price field at fault
# $max (number): the highest price allowed, in whole currency units
master-price_above_max = El precio supera { $max } por envase: compruebe la cifra (va en unidades de la moneda, no en céntimos).

# $field (text): the first-day field at fault
# $value (text): the day as given
master-valid_from_unreadable = «{ $value }» no es una fecha: escríbala AAAA-MM-DD, por ejemplo 2026-12-01.
