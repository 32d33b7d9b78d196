# The command line's own words in French — DRAFT for native review (issue #22). Translated from
# en.ftl by the developers with docs/translations/glossary.fr.md; not yet read by a French-speaking
# pharmacist. Send corrections as changes to this file. Never `--help` (English) and never `--json`.
# Ids, $arguments and selector keys stay as in en.ftl; the comments are English's, to keep the
# files comparable. Plurals: [one] holds 0 and 1, *[other] the rest. A no-break space before ":"
# and "%", a narrow one before ";", "!" and "?". Codes, commands, GTINs, lots, serials, usernames
# and statuses printed as codes (in_stock, quarantined) are never translated.

# The language a command speaks, when asked with --lang.
# $lang (text): the language's own name
cli-speaking = Je parle { $lang }.

## Words every command uses

cli-yes = oui
cli-no = non
# Column headers shared by several tables.
cli-col-gtin = GTIN
cli-col-product = produit
cli-col-location = emplacement
cli-col-name = nom
cli-col-by = par
cli-col-occurred = survenu
cli-col-recorded = enregistré
cli-col-expired = périmé
cli-col-serial = n° de série
cli-col-lot = n° de lot
cli-col-expiry = péremption
cli-col-status = statut
cli-col-quantity = quantité
cli-col-outcome = suite donnée
cli-col-min = seuil
cli-col-max = niveau cible
# Refused when neither --as nor CUSTODY_USER names who acts.
cli-who-is-acting = qui agit ? indiquez --as UTILISATEUR ou définissez CUSTODY_USER
# Refused when neither --db nor CUSTODY_DB names the database.
cli-no-database = aucune base de données : indiquez --db CHEMIN ou définissez CUSTODY_DB
# The prompt for the acting user's password (a trailing space follows it).
# $user (text): the username
cli-password-for = Mot de passe de { $user } :{" "}
# The prompt for the password that signs an action.
# $meaning (text): what the signature means (a code such as "approval")
cli-password-to-sign = Saisissez à nouveau votre mot de passe pour signer ({ $meaning }) :{" "}
# The prompt for a new password.
# $user (text): whose password
cli-new-password-for = Nouveau mot de passe de { $user } :{" "}
cli-new-password-again = Encore une fois :{" "}

## receive, dispense, transfer, return, quarantine, release, destroy, return-to-supplier

# The verdict of one scan, at the start of its line (padded to 8 characters).
scan-accepted = ACCEPTÉ
scan-warning = ALERTE
scan-asks = QUESTION
scan-blocked = BLOQUÉ
# A lot-tracked scan: the product's GTIN, its lot and how many.
# $gtin (text): the GTIN
# $lot (text): the lot
# $quantity (number): how many units
scan-lot-pack = { $gtin } lot { $lot } ×{ $quantity }
# A further finding of the same scan.
# $code (text): the finding's code
# $message (text): its sentence
scan-also = aussi { $code } : { $message }
# How a held or overridden pack was recorded.
# $status (text): its status (a code such as "quarantined")
scan-recorded = enregistrée comme { $status }
# $status (text): its status (a code such as "quarantined")
# $location (text): the location's code
scan-recorded-at = enregistrée comme { $status } à { $location }

## scan image

# One code found in a photo: its kind, its symbology identifier and where it is.
# $format (text): the kind of symbol (a code such as "data_matrix")
# $symbology (text): its symbology identifier, such as "]d2"
# $position (text): its place in pixels, "left,top–right,bottom"
scan-image-code = { $format } { $symbology } en { $position }

# The data of a code as read, each group separator shown as <GS>.
# $raw (text): the data
scan-image-raw = données : { $raw }

# What the code's data decodes to.
# $fields (text): the fields, such as "gtin 09506000134352, lot ABC123"
scan-image-fields = décodé : { $fields }

# A code whose data does not decode as pack data.
# $message (text): the decoder's sentence
scan-image-not-decoded = non décodé : { $message }

# A photo in which no code could be read.
scan-image-none = aucun code trouvé

# A HEIC/HEIF photo, refused.
scan-image-heic = les photos HEIC ne sont pas prises en charge ; exportez la photo en JPEG ou PNG

# A file that is neither a JPEG, a PNG nor a HEIC photo.
# $found (text): what it looks like ("GIF", "PDF", "an empty file", …)
scan-image-unknown-format = pas une photo JPEG ou PNG : { $found } trouvé

# A JPEG or PNG whose pixels could not be decoded.
# $format (text): "JPEG" or "PNG"
# $reason (text): the image decoder's reason, in English
scan-image-unreadable = le { $format } n’a pas pu être décodé : { $reason }

# A file that could not be read, and why.
# $file (text): the file
# $reason (text): why
scan-image-refused = { $file } : { $reason }

## stock, history

stock-col-in-stock = en stock
stock-col-quarantined = en quarantaine
stock-col-earliest-expiry = péremption la plus proche
# A lot's history, first line.
# $product (text): the product's name
# $lot (text): the lot
# $expiry (text): its expiry date, or nothing
history-lot = { $product } — lot { $lot } (péremption { $expiry })
# $count (number): how many packs
# $status (text): their status (a code such as "in_stock")
history-lot-packs = { $count } { $count ->
        [one] boîte
       *[other] boîtes
    } { $status }
# $quantity (number): how many units
# $status (text): their status (a code)
# $location (text): the location's code
history-lot-quantity = { $quantity } { $status } à { $location }
# A pack's history, first line.
# $product (text): the product's name
# $gtin (text): the GTIN
# $serial (text): the serial number
history-pack = { $product } — GTIN { $gtin } n° de série { $serial }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
history-pack-state = lot { $lot }, péremption { $expiry }, { $status }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
# $location (text): the location's code
history-pack-at = lot { $lot }, péremption { $expiry }, { $status } à { $location }
# Where a pack was before its first event.
history-new = nouvelle
# Who recorded an event.
# $name (text): the person's full name
# $user (text): their username
history-by = par { $name } ({ $user })
# $at (text): when the event was recorded
history-recorded = enregistré le { $at }
# $partner (text): the trading partner's code
history-partner = partenaire { $partner }
# $reference (text): the document's reference
history-reference = réf. { $reference }
# $reason (text): the reason given
history-reason = motif : { $reason }
# $meaning (text): what the signature means (a code)
# $name (text): who signed
history-signed = signé ({ $meaning }) par { $name }
# $scan (text): the scan as the scanner sent it
history-scan = scan { $scan }
# $quantity (number): how many units
history-quantity = quantité { $quantity }
# $event (text): the event's id
# $hash (text): the start of its hash
history-event = événement { $event } empreinte { $hash }
# A pack written off (custody write-off): reported stolen, or taken as a sample.
# $serial (text): the serial number
# $status (text): its status now (missing, transferred_out)
# $location (text): the location's code it was held at
write-off-done = La boîte { $serial } est désormais { $status ->
        [missing] manquante
        [transferred_out] hors du site
       *[other] { $status }
    } (elle était détenue à { $location }).
# $id (number): the national request queued with it
write-off-decommission = Sa désactivation nationale est en file d'attente sous la demande { $id }.
write-off-no-decommission = Aucune désactivation nationale n'a été mise en file : le site ne désactive pas, ou une désactivation existe déjà pour cette boîte (un hôpital qui désactive à la réception l'a faite alors).

## user

user-col-change = modification
user-col-role = rôle
user-col-active = actif
user-col-username = identifiant
# $user (text): the username
# $name (text): the full name
# $role (text): the role (a code such as "staff")
user-added = Utilisateur { $user } ajouté ({ $name }, { $role }).
# $user (text): the username
user-password-set = Mot de passe de { $user } défini.
# $user (text): the username
# $name (text): the full name
user-enabled = { $user } ({ $name }) réactivé.
# $user (text): the username
# $name (text): the full name
user-disabled = { $user } ({ $name }) désactivé ; ses enregistrements gardent son nom.
# $user (text): the username
# $name (text): the full name
# $role (text): the new role (a code such as "manager")
user-role-set = { $user } ({ $name }) a désormais le rôle { $role }.
# $lang (text): the language's own name
user-language-chosen = Votre choix : { $lang }.
user-language-none = Vous n'avez choisi aucune langue : l'anglais ici, la langue de l'ordinateur dans l'application.
# $lang (text): the language's own name
user-language-set = Custody vous parle désormais en { $lang }.
user-language-cleared = Votre choix de langue est oublié : l'anglais ici, la langue de l'ordinateur dans l'application.

## count

# A count's first line.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info = Inventaire { $count } à { $location } : { $status } (commencé le { $at } par { $user })
# The same, for a blind count.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info-blind = Inventaire { $count } à { $location } : { $status } (à l'aveugle, commencé le { $at } par { $user })
# After the first line, when the count covers some products only.
# $products (text): their GTINs
count-info-products =  ; produits { $products }
# $counted (number): packs counted so far
# $expected (number): packs the ledger expects
count-counted-of = { $counted } sur { $expected } { $expected ->
        [one] boîte attendue comptée
       *[other] boîtes attendues comptées
    }
# $counted (number): packs counted so far
count-counted = { $counted } { $counted ->
        [one] boîte comptée
       *[other] boîtes comptées
    }
# $quantity (number): units of lot-tracked stock counted
count-lot-counted = { $quantity } { $quantity ->
        [one] unité suivie par lot comptée
       *[other] unités suivies par lot comptées
    }
# A list of packs in a variance, with its title.
# $title (text): one of the count-missing … count-arrived-during titles
# $count (number): how many packs
count-section = { $title } ({ $count }) :
count-missing = Manquantes : attendues ici, non comptées
count-unexpected = Trouvées ici, enregistrées ailleurs
count-wrong-status = Statut erroné : suspectes (ou retrouvées si enregistrées manquantes)
count-not-received = Jamais réceptionnées ici
count-left-during = Sorties pendant l'inventaire (prises en compte)
count-arrived-during = Arrivées pendant l'inventaire, non comptées (non ajustées)
count-col-ledger-says = selon le registre
# $status (text): a status (a code)
# $location (text): the location's code
count-status-at = { $status } à { $location }
count-never-received-cell = jamais réceptionnée ici
# $found (number): packs found where the ledger has them
count-found-clean = { $found } { $found ->
        [one] boîte trouvée
       *[other] boîtes trouvées
    } comme attendu ; aucun écart.
# $found (number): packs found where the ledger has them
count-found = { $found } { $found ->
        [one] boîte trouvée
       *[other] boîtes trouvées
    } comme attendu.
count-lots = Lots :
count-col-expected = attendu
count-col-counted = compté
count-col-difference = écart
# $count (number): the count's number
count-scan-with = Scannez avec : custody count scan { $count } < scans.txt
count-none = Aucun inventaire.
count-col-count = inventaire
count-col-started = commencé
count-col-kind = type
count-col-note = note
count-kind-all = tous les produits
count-kind-blind-all = à l'aveugle, tous les produits
# $products (number): how many products the count covers
count-kind-some = { $products } { $products ->
        [one] produit
       *[other] produits
    }
# $products (number): how many products the count covers
count-kind-blind-some = à l'aveugle, { $products } { $products ->
        [one] produit
       *[other] produits
    }
# $counted (number): packs counted
# $expected (number): packs expected
count-n-of = { $counted } sur { $expected }
# $count (number): the count's number
# $missing (number): packs recorded missing
# $moved (number): packs moved here
# $found (number): packs found again
# $quarantined (number): suspect packs put in quarantine
# $added (number): units added to lots
# $removed (number): units removed from lots
# $events (number): ledger events written
count-applied = Inventaire { $count } appliqué : { $missing } manquante(s), { $moved } déplacée(s) ici, { $found } retrouvée(s), { $quarantined } suspecte(s) en quarantaine ; lots +{ $added } / -{ $removed } ; { $events } { $events ->
        [one] événement
       *[other] événements
    } au registre.
# $count (number): the count's number
count-abandoned = Inventaire { $count } abandonné ; rien n'a été écrit au registre.

## reorder, shortages, expiring, alert-windows, position

# A number of days in a table cell.
# $days (number): how many days
cli-days-short = { $days } j
levels-col-lead-time = délai
levels-col-on-hand = disponible
levels-col-usable = utilisable
levels-col-held = bloqué
levels-col-per-day = par jour
levels-col-cover = couverture
levels-col-stock-out = rupture le
levels-col-order = commande
levels-col-why = pourquoi
# $product (text): the product's name
# $location (text): the location's code
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-set = { $product } à { $location } : réapprovisionner sous { $min }, jusqu'à { $max }, délai { $days } { $days ->
        [one] jour
       *[other] jours
    }.
# $rules (number): how many rules
reorder-imported = { $rules } { $rules ->
        [one] règle de réapprovisionnement définie
       *[other] règles de réapprovisionnement définies
    }.
# $rules (number): how many rules
reorder-saved = { $rules } { $rules ->
        [one] règle enregistrée
       *[other] règles enregistrées
    }.
# $rules (number): how many suggestions
reorder-suggested = { $rules } { $rules ->
        [one] suggestion
       *[other] suggestions
    } ; --apply les enregistre.
# custody reorder history: every change of a rule, newest first.
reorder-history-col-changed = modifiée
reorder-history-col-before = avant
reorder-history-col-after = après
# A rule's levels in the history's before and after columns.
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-history-levels = min { $min }, max { $max }, { $days } j
# Before a change that made a new rule.
reorder-history-new = (nouvelle règle)
# After a change that removed the rule.
reorder-history-removed = (supprimée)
reorder-history-none = Aucune règle de réapprovisionnement n'a été modifiée.
shortages-none = Aucune rupture : chaque produit avec une règle de réapprovisionnement a une couverture utilisable suffisante.
# $days (text): the windows, e.g. "30, 60, 90"
alert-windows = Fenêtres d'alerte de péremption : { $days } jours.
expiring-col-window = fenêtre
expiring-col-days = jours
expiring-col-qty = qté
expiring-col-value = valeur
# The window of stock already expired.
expiring-expired = PÉRIMÉ
# $days (number): the alert window in days
expiring-within = ≤{ $days } j

## recall

recall-class-i = Classe I
recall-class-ii = Classe II
recall-class-iii = Classe III
recall-class-withdrawal = Retrait du marché
# A recall entered, imported or extended.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-entered = Rappel de lot { $recall } saisi ({ $class }) : { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-imported = Rappel de lot { $recall } importé ({ $class }) : { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-extended = Rappel de lot { $recall } étendu ({ $class }) : { $title }.
# $units (number): packs put in quarantine
# $quantity (number): units of lot-tracked stock put in quarantine
# $events (number): ledger events written
# $recall (text): the recall's number
recall-held = Mises en quarantaine sur place : { $units } { $units ->
        [one] boîte
       *[other] boîtes
    } et { $quantity } unité(s) suivie(s) par lot, en { $events } { $events ->
        [one] événement
       *[other] événements
    } au registre citant { $recall }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
recall-header = Rappel de lot { $recall }  { $class }
# The labels of a recall's details; the values are lined up after the longest.
recall-label-reason = Motif :
recall-label-instructions = Consignes :
recall-label-issued = Émis :
recall-label-entered = Saisi :
recall-label-closed = Clôturé :
recall-label-status = Statut :
recall-label-scope = Périmètre :
# $date (text): the date the recall was issued
# $issuer (text): who issued it
recall-issued-by = { $date } par { $issuer }
# $at (text): when it was entered
# $user (text): who entered it
recall-entered-by = { $at } par { $user }
# $at (text): when it was closed
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
recall-closed-by = { $at }, signé ({ $meaning }) par { $user }
recall-status-open = ouvert
recall-closed-cell = clôturé
# $units (number): packs in the recall's reach
# $in_stock (number): of them in stock
# $quarantined (number): quarantined
# $dispensed (number): dispensed
# $transferred (number): transferred out
# $returned (number): returned to the supplier
# $destroyed (number): destroyed
# $missing (number): missing
recall-reach = Portée : { $units } { $units ->
        [one] boîte
       *[other] boîtes
    } : { $in_stock } en stock, { $quarantined } en quarantaine, { $dispensed } dispensée(s), { $transferred } transférée(s) hors site, { $returned } retournée(s) au fournisseur, { $destroyed } détruite(s), { $missing } manquante(s)
# $held (number): units of lot-tracked stock held
# $issued (number): units of lot-tracked stock issued
# $expected (number): packs still expected on open shipments
# $not_received (number): serials never received here
recall-reach-lots = suivi par lot : { $held } bloqué(s), { $issued } sorti(s) ; { $expected } encore attendu(s) sur des livraisons ouvertes ; { $not_received } { $not_received ->
        [one] numéro de série jamais réceptionné
       *[other] numéros de série jamais réceptionnés
    } ici
# $open (number): items that still need an outcome
recall-reach-open = Ouverts : { $open } { $open ->
        [one] élément attend une suite
       *[other] éléments attendent une suite
    }
# $serial (text): a serial number
recall-serial = n° de série { $serial }
# $lot (text): a lot
recall-lot = lot { $lot }
# $shipment (text): the shipment's reference
# $pack (text): the GTIN with its serial or lot
# $quantity (number): how many
recall-still-expected = Encore attendu sur { $shipment } : { $pack } (quantité { $quantity })
# $pack (text): the pack never received
recall-never-received = Jamais réceptionné ici : { $pack }
# An item that still needs an outcome.
recall-open-cell = OUVERT
recall-col-where = où
recall-col-since = depuis
recall-col-document = document
recall-col-number = numéro
recall-col-class = classe
recall-col-issued = émis
recall-col-title = titre
recall-col-packs = boîtes
recall-col-open = ouverts
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
# $user (text): who entered it there
recall-shared-already = Le serveur central a déjà le rappel de lot { $recall } (rappel réseau { $network }, saisi par { $user }) : rien de nouveau n'a été saisi.
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
recall-shared = Rappel de lot { $recall } partagé : rappel réseau { $network } au serveur central ; chaque site qui utilise le produit le reçoit à sa prochaine synchronisation.
# $notices (number): how many recall notices the file holds
recall-several = Le fichier contient { $notices } avis de rappel de lot : chacun est un rappel de lot distinct.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $open (number): items still open
recall-outcome = « { $outcome } » enregistré pour { $units } { $units ->
        [one] boîte
       *[other] boîtes
    } et { $quantity } unité(s) suivie(s) par lot ; { $open } { $open ->
        [one] élément encore ouvert
       *[other] éléments encore ouverts
    }.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $events (number): ledger events written
# $open (number): items still open
recall-outcome-events = « { $outcome } » enregistré pour { $units } { $units ->
        [one] boîte
       *[other] boîtes
    } et { $quantity } unité(s) suivie(s) par lot ({ $events } { $events ->
        [one] événement
       *[other] événements
    } au registre) ; { $open } { $open ->
        [one] élément encore ouvert
       *[other] éléments encore ouverts
    }.
# $recall (text): the recall's number
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
# $at (text): when
recall-closed = Rappel de lot { $recall } clôturé : signé ({ $meaning }) par { $user } le { $at }.

## backup

# $file (text): the backup's file
# $size (text): its size in MB, e.g. "12.5"
# $events (number): events on its ledger
backup-taken = Sauvegarde { $file } ({ $size } Mo), vérifiée : intégrité correcte, registre intact ({ $events } { $events ->
        [one] événement
       *[other] événements
    }).
backup-col-taken = prise (UTC)
backup-col-size = taille
backup-col-file = fichier
# $file (text): the backup's file
# $events (number): events on its ledger
backup-good = { $file } : intégrité correcte, registre intact ({ $events } { $events ->
        [one] événement
       *[other] événements
    }), schéma conforme aux migrations.
# $file (text): the backup's file
backup-damaged = { $file } : ENDOMMAGÉE
# Refused: a restore replaces the database only when asked with --yes.
# $db (text): the database file
# $file (text): the backup's file
backup-restore-needs-yes = ceci remplace { $db } par { $file } (la base actuelle est mise de côté) ; ajoutez --yes pour continuer
# $db (text): the database file
# $file (text): the backup's file
# $aside (text): where the previous database is kept
backup-restored = { $db } restaurée depuis { $file } ; la base précédente est conservée sous { $aside }.

## verify, clock-correct, late-entry

# $seq (text): the event's sequence number, grouped by thousands
# $hash (text): the start of its hash
verify-last-event = Dernier événement vérifié : { $seq } (empreinte { $hash }…).
# $correction (text): a clock correction recorded on the ledger
verify-declared = déclaré au registre : { $correction }
# $seq (number): the checkpoint's event sequence number
verify-checkpoint = Point de contrôle vérifié enregistré (événement n° { $seq }).
# $why (text): why no checkpoint was recorded
verify-no-checkpoint = Aucun point de contrôle enregistré : { $why }
# $problems (number): problems found
# $covered (text): what was checked, as verify-covered-… says it
verify-not-intact = REGISTRE NON INTACT : { $problems } { $problems ->
        [one] problème trouvé
       *[other] problèmes trouvés
    } ({ $covered }).
# $more (number): findings not listed
verify-more = … et { $more } de plus.
# $first (text): the first event checked, grouped by thousands
# $last (text): the last, grouped by thousands
verify-events = événements { $first }–{ $last }
verify-no-events = aucun événement
# $range (text): the events checked, as verify-events says it
# $units (text): packs checked
# $lots (text): lots checked
# $days (text): days checked
# $at (text): when the checkpoint was recorded
# $seq (text): the checkpoint's event
verify-covered-since = vérifié { $range } ainsi que { $units } boîte(s), { $lots } lot(s) et { $days } jour(s) touchés depuis le point de contrôle enregistré le { $at } (événement n° { $seq }) ; les événements antérieurs et les lignes non touchées depuis n'ont pas été vérifiés cette fois : lancez `verify --full` pour tout vérifier
# $range (text): the events checked, as verify-events says it
verify-covered-all = vérifié tous les { $range }
# $events (number): events checked
# $lines (number): event lines checked
# $units (number): packs checked
verify-intact = Registre intact : { $events } { $events ->
        [one] événement
       *[other] événements
    }, { $lines } { $lines ->
        [one] ligne
       *[other] lignes
    }, { $units } { $units ->
        [one] boîte vérifiée
       *[other] boîtes vérifiées
    } ; les tables de stock et les rôles des utilisateurs concordent avec le registre.
# $covered (text): what was checked, as verify-covered-… says it
verify-intact-since = Registre intact depuis le dernier point de contrôle : { $covered }.
# $event (text): the event's id
# $seq (number): its sequence number
clock-corrected = Correction d'horloge enregistrée comme événement { $event } (n° { $seq }) ; l'enregistrement reprend à partir de maintenant.
# $days (number): the late-entry window in days
late-entry-days = Ce qui s'est passé peut être saisi jusqu'à { $days } { $days ->
        [one] jour
       *[other] jours
    } en arrière.

## sync

# Counted things: $count chooses the plural, $shown is the number as printed (grouped by
# thousands, e.g. "1,204").
# $count (number): how many
# $shown (text): the number as printed
sync-events = { $count ->
        [one] { $shown } événement
       *[other] { $shown } événements
    }
# $count (number): how many
# $shown (text): the number as printed
sync-batches = { $count ->
        [one] { $shown } lot d'envoi
       *[other] { $shown } lots d'envoi
    }
# $count (number): how many
# $shown (text): the number as printed
sync-changes = { $count ->
        [one] { $shown } modification
       *[other] { $shown } modifications
    }
# $count (number): how many
# $shown (text): the number as printed
sync-pages = { $count ->
        [one] { $shown } page
       *[other] { $shown } pages
    }
# $count (number): how many
# $shown (text): the number as printed
sync-alarm-changes = { $count ->
        [one] { $shown } modification d'alarme
       *[other] { $shown } modifications d'alarmes
    }
# $count (number): how many
# $shown (text): the number as printed
sync-network-recalls = { $count ->
        [one] { $shown } rappel réseau
       *[other] { $shown } rappels réseau
    }
# $count (number): how many
# $shown (text): the number as printed
sync-accounts = { $count ->
        [one] { $shown } compte
       *[other] { $shown } comptes
    }
# $site (text): the site's code
# $hub (text): the hub's address
sync-enrolled = { $site } inscrit auprès du serveur central { $hub }.
# $count (number): how many outcomes
# $shown (text): the number as printed
# $new (text): how many were new to the hub, as printed
sync-outcomes-sent = Envoyé au serveur central { $count ->
        [one] { $shown } suite donnée
       *[other] { $shown } suites données
    } aux rappels réseau ({ $new } nouvelle(s)).
# $count (number): how many outcomes
# $shown (text): the number as printed
sync-outcomes-refused = Le serveur central a refusé { $count ->
        [one] { $shown } suite donnée
       *[other] { $shown } suites données
    } : conservée(s) ici seulement (`custody recall reach` les montre toujours).
# $message (text): why sending stopped
sync-outcomes-not-sent = Suites données aux rappels non envoyées : { $message }.
# $message (text): why the pull stopped
sync-pull-stopped = Réception interrompue : { $message }.
# $changes (text): the changes pulled, as sync-changes says them
# $pages (text): the pages, as sync-pages says them
# $products_added (text): new products, as printed
# $products_changed (text): changed products, as printed
# $partners_added (text): new partners, as printed
# $partners_changed (text): changed partners, as printed
# $alarms (text): alarm changes, as sync-alarm-changes says them
# $recalls (text): network recalls, as sync-network-recalls says them
# $unchanged (text): changes that changed nothing here, as printed
sync-pulled = Reçu { $changes } en { $pages } : produits { $products_added } nouveau(x), { $products_changed } modifié(s) ; partenaires { $partners_added } nouveau(x), { $partners_changed } modifié(s) ; { $alarms } ; { $recalls } ; { $unchanged } déjà comme au serveur central.
sync-no-alarm = Aucune alarme du serveur central.
sync-no-open-alarm = Aucune alarme ouverte du serveur central.
# The header of the alarms' list: columns separated by tabs, as scripts split them.
sync-alarms-header = ALARME{"\u0009"}BOÎTE{"\u0009"}ÉTAT{"\u0009"}MOTIFS{"\u0009"}SITES{"\u0009"}LEVÉE{"\u0009"}CLOSE
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-push = Rien à envoyer ; le serveur central détient jusqu'à l'événement { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $acked (text): the last event the hub holds, as printed
sync-pushed = Envoyé { $events } en { $batches } ; le serveur central détient jusqu'à l'événement { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $held (text): how many the hub held already, as printed
# $acked (text): the last event the hub holds, as printed
sync-pushed-held = Envoyé { $events } en { $batches } (dont { $held } déjà détenus) ; le serveur central détient jusqu'à l'événement { $acked }.
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-pull-back = Rien à récupérer : le registre de ce site détient tous les événements du serveur central ({ $acked }).
# $event (text): the event, as printed
sync-pulled-back-one = Événement { $event } récupéré du serveur central.
# $first (text): the first event, as printed
# $last (text): the last event, as printed
sync-pulled-back = Événements { $first }–{ $last } récupérés du serveur central.
# $accounts (text): the accounts, as sync-accounts says them
sync-accounts-without-password = { $accounts } ajouté(s) après la sauvegarde sont revenus sans mot de passe : un administrateur en définit un.
# $waiting (text): the events on the ledger, as sync-events says them
sync-not-enrolled = Non inscrit auprès d'un serveur central : un administrateur inscrit ce site avec `custody sync enrol --hub URL --code CODE`. { $waiting } au registre.
# $ago (text): how long ago, as sync-just-now … sync-on say it
# $waiting (text): the events waiting, as sync-events says them
sync-synced = Synchronisé { $ago } ; { $waiting } en attente.
# $waiting (text): the events waiting, as sync-events says them
sync-enrolled-nothing-pushed = Inscrit, rien d'envoyé pour l'instant ; { $waiting } en attente.
# $at (text): since when, a local time (or date and time)
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline-since = Hors ligne depuis { $at }, { $waiting } en attente{ $message }.
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline = Hors ligne depuis le dernier envoi, { $waiting } en attente{ $message }.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-fork = Divergence : appelez l'administrateur du serveur central{ $message }. Rien n'est envoyé tant qu'elle n'est pas résolue ; { $waiting } en attente.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-suspended = Suspendu par le serveur central : appelez son administrateur{ $message } ; { $waiting } en attente.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-refused = Refusé par le serveur central{ $message } ; { $waiting } en attente.
# $hub (text): the hub's address
# $site (text): the site's code
# $acked (text): the last event the hub holds, as printed
# $last (text): the last event on this site's ledger, as printed
sync-hub = Serveur central { $hub }, site { $site } : le serveur central détient jusqu'à l'événement { $acked } sur { $last }.
sync-just-now = à l'instant
# $minutes (number): minutes ago
sync-minutes-ago = il y a { $minutes } min
# $hours (number): hours ago
sync-hours-ago = il y a { $hours } h
# $date (text): a date and time
sync-on = le { $date }

## init, product, location, partner, settings, report

# $file (text): the database file
cli-created-database = Base de données { $file } créée.
cli-col-code = code
cli-col-kind = type
# $site (text): the site's code
# $name (text): the site's name
init-set-up = Site { $site } ({ $name }) mis en place.
# $site (text): the site's code
# $name (text): the site's name
# $admin (text): the administrator's username
init-set-up-admin = Site { $site } ({ $name }) mis en place avec l'administrateur { $admin }.
# $gtin (text): the product's GTIN
# $name (text): its name
product-added = Produit { $gtin } ajouté ({ $name }).
# $gtin (text): the product's GTIN
# $name (text): its name
product-changed = Produit { $gtin } modifié ({ $name }).
# $products (number): how many products
# $file (text): the file they came from
product-imported = { $products } { $products ->
        [one] produit importé
       *[other] produits importés
    } depuis { $file }.
product-col-tracking = traçabilité
product-col-pack = conditionnement
product-col-manufacturer = fabricant
# $code (text): the location's code
# $name (text): its name
location-added = Emplacement { $code } ajouté ({ $name }).
# $code (text): the partner's code
# $name (text): its name
partner-added = Partenaire { $code } ajouté ({ $name }).
partner-col-gln = GLN
settings-scanners = Lecteurs
settings-substitutes = envoyé à la place du séparateur de groupe :
settings-no-substitutes = rien (les lecteurs envoient le séparateur de groupe lui-même)
settings-leading-gs = un séparateur de groupe après l'identifiant de symbologie est ignoré :
settings-plain-symbol = les données GS1 d'un Data Matrix simple sont lues :
settings-receipts = Réceptions
settings-short-dated = à péremption proche si elle tombe dans les :
settings-price-tolerance = alerte de prix au-delà du prix contractuel de plus de :
settings-currency = les prix sont en :
settings-no-currency = aucune devise choisie (les montants sont de simples nombres)
settings-alert-windows = Fenêtres d'alerte de péremption :
# $days (text): a number of days, or several separated by commas
settings-days = { $days } jours
# $file (text): the file written
# $title (text): the report's title
# $rows (number): rows in it
# $kb (number): its size in KB
report-wrote = Écrit { $file } : { $title } ({ $rows } { $rows ->
        [one] ligne
       *[other] lignes
    }, { $kb } Ko).

## expected, export epcis

expected-col-id = n°
expected-col-reference = référence
expected-col-lines = lignes
expected-col-received = reçu
expected-col-closed = clôturée
expected-col-line = ligne
expected-col-advice = selon l'avis
# $received (number): how many packs were received
# $location (text): where they were received
expected-received-into = { $received } { $received ->
        [one] boîte réceptionnée
       *[other] boîtes réceptionnées
    } à { $location }.
# A line the whole receipt left out, under expected-received-into.
# $reason (text): which line and why
expected-not-received = non réceptionné : { $reason }
# $id (text): the shipment's number
# $reference (text): its document number
# $from (text): the supplier as expected-from says it, or nothing
# $matched (number): lines received
# $expected (number): lines expected
# $closed (text): when it was closed as expected-closed says it, or nothing
expected-shipment = Livraison { $id } ({ $reference }{ $from }) : { $matched } sur { $expected } { $expected ->
        [one] ligne réceptionnée
       *[other] lignes réceptionnées
    }{ $closed }
# After the shipment's reference, inside its brackets.
# $partner (text): the supplier
expected-from = , de { $partner }
# At the end of expected-shipment.
# $at (text): when it was closed
expected-closed = , clôturée le { $at }
expected-still-expected = Encore attendu :
expected-discrepancies = Écarts (réceptionné autrement que selon l'avis) :
# What the advice said of a pack received otherwise.
# $line (text): the advice's line number
# $lot (text): the lot it gave, or "-"
# $expiry (text): the expiry it gave, or "-"
expected-advice-line = ligne { $line } : lot { $lot } péremption { $expiry }
# $message (text): what does not match
expected-discrepancy = Écart : { $message }
# The context of a refused advice file.
# $file (text): the file
expected-importing = import de { $file }
epcis-say-what = dites quoi exporter : --gtin avec --serial ou --lot, ou --from et --to
# $events (number): how many events
# $file (text): the file written
epcis-wrote = { $events } { $events ->
        [one] événement écrit
       *[other] événements écrits
    } dans { $file }.

## replenish

# $code (text): the ward's code
# $name (text): its name
# $by (text): the location that supplies it
replenish-supplied-by = { $code } ({ $name }) est approvisionné par { $by }.
# $code (text): the ward's code
# $name (text): its name
replenish-no-supplying-location = { $code } ({ $name }) n'a pas d'emplacement qui l'approvisionne.
# $name (text): the product's name
# $gtin (text): its GTIN
# $supplier (text): the supplier's code
replenish-usual-supplier = { $name } ({ $gtin }) est habituellement commandé chez { $supplier }.
# $name (text): the product's name
# $gtin (text): its GTIN
replenish-no-usual-supplier = { $name } ({ $gtin }) n'a pas de fournisseur habituel.
replenish-no-pick-list = Pas encore de liste de préparation : créez-en une avec `custody replenish pick-list --new`.
replenish-nothing-to-pick = aucune liste de préparation à préparer : créez-en une avec `custody replenish pick-list --new`
# The verdict of one pick, at the start of its line (padded to 12 characters).
replenish-picked = PRÉLEVÉ
replenish-not-picked = NON PRÉLEVÉ
replenish-refused = REFUSÉ
# $line (text): the pick list's line
# $product (text): the product
# $location (text): the ward it goes to
# $picked (number): how many are picked
# $wanted (number): how many are wanted
replenish-picked-line = ligne { $line } : { $product } vers { $location }, { $picked } sur { $wanted }
# After replenish-picked-line, in brackets.
replenish-not-the-proposed-lot = (pas le lot proposé)
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list = Liste de préparation { $list } créée le { $at } par { $by }
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list-replaced = Liste de préparation { $list } créée le { $at } par { $by } (remplacée)
replenish-col-line = ligne
replenish-col-from = depuis
replenish-col-to = vers
replenish-col-wanted = demandé
replenish-col-take = à prendre (lot/série, péremption)
replenish-col-short = manque
replenish-col-picked = prélevé
replenish-none-to-take = rien à prendre
# $picked (number): how many were picked
replenish-done = { $picked } { $picked ->
        [one] fait
       *[other] faits
    }
replenish-unsupplied = Absents de la liste, le service n'a pas d'emplacement qui l'approvisionne (définissez-en un avec `custody replenish supply`) :
replenish-no-orders = Aucune pharmacie ni réserve n'est sous son seuil de réapprovisionnement.
# $name (text): the supplier's name
# $code (text): its code
# $total (text): the order's total, as money
replenish-order = { $name } ({ $code }) : total { $total }
replenish-order-no-supplier = Pas de fournisseur habituel — choisissez-en un (`custody replenish usual-supplier GTIN --supplier CODE`) :
replenish-col-unit-price = prix unitaire
replenish-col-line-total = total ligne
# $list (text): what was given
replenish-not-a-pick-list = « { $list } » n'est pas un numéro de liste de préparation comme PICK-3

## sync rebuild, sync pull's details

# $count (number): how many
# $shown (text): the number as printed
sync-packs = { $count ->
        [one] { $shown } boîte
       *[other] { $shown } boîtes
    }
# $count (number): how many
# $shown (text): the number as printed
sync-records = { $count ->
        [one] { $shown } fiche
       *[other] { $shown } fiches
    }
# $site (text): the site's code
# $name (text): its name
# $events (text): the events put back, as sync-events says them
# $admin (text): the administrator's username
sync-rebuilt = Site { $site } ({ $name }) reconstruit depuis le serveur central : { $events } remis en place, chaque empreinte vérifiée ; administrateur { $admin }.
# $accounts (text): the accounts, as sync-accounts says them
sync-rebuilt-accounts = { $accounts } revenu(s) sans mot de passe : un administrateur en définit un (custody user passwd).
# $records (text): the records, as sync-records says them
sync-rebuilt-records = { $records } (produits, emplacements, partenaires) revenue(s) avec leur seul code : complétez-les.
# $admin (text): the administrator's username
sync-rebuilt-check = Vérifiez-le avec : custody --as { $admin } verify --full
# $code (text): the partner's code at the hub
# $site_name (text): the name this site gives it
# $hub_name (text): the name the hub gives it
# $kept_as (text): the code the hub's partner is kept under here
sync-partner-clash = Le code partenaire { $code } est { $site_name } ici et { $hub_name } au serveur central : celui du serveur central est conservé ici sous { $kept_as } ; le { $code } de ce site est inchangé.
# $gtin (text): the product's GTIN
sync-tracking-kept = Produit { $gtin } : le serveur central a changé son mode de suivi, mais le stock est enregistré ici selon le mode actuel, qui est conservé.
# $number (text): the recall's number
sync-recall-linked = Rappel de lot du réseau { $number } : le rappel saisi ici sous ce numéro ; lié, rien de bloqué à nouveau.
# $number (text): the recall's number
# $title (text): its title
sync-recall-entered-closed = Rappel de lot du réseau { $number } saisi : { $title } ; clôturé, comme l'enregistre le registre de ce site, donc rien de bloqué.
# $number (text): the recall's number
# $title (text): its title
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-entered = Rappel de lot du réseau { $number } saisi : { $title } ; { $packs } et { $quantity } du stock suivi par lot bloqués.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
sync-recall-widened-closed = Rappel de lot du réseau { $number } étendu par le serveur central : { $added } ajouté(s), mais il est clôturé ici, donc rien n'a été bloqué : vérifiez le stock de { $added } et appelez le responsable qualité du serveur central.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-widened = Rappel de lot du réseau { $number } étendu par le serveur central : { $added } ajouté(s) ; { $packs } et { $quantity } du stock suivi par lot bloqués.

## demo

# $products (number): products made
# $locations (number): locations made
# $packs (number): packs made
# $events (number): events recorded
# $years (text): the years of history as demo-years says them after a space, or nothing
# $seconds (text): how long it took, in seconds with one decimal
demo-made = Données de démonstration : { $products } produits, { $locations } emplacements, { $packs } boîtes, { $events } événements{ $years } en { $seconds } s.
# $years (number): years of history
demo-years = ({ $years } { $years ->
        [one] an
       *[other] ans
    } d'historique avant ceux de l'échelle)
demo-users = Utilisateurs : admin (administrateur), amira et dev (personnel), ben (responsable), chloe (qualité).

## The command line's own errors (what it was doing when something failed)

# $file (text): the file
cli-opening = ouverture de { $file }
# $file (text): the file
cli-creating-database = création de la base de données { $file }
# $file (text): the file
cli-reading-file = lecture de { $file }
# $file (text): the path given to --db
cli-no-database-at = il n'y a pas de base de données à { $file } : vérifiez le chemin, ou créez-en une avec `custody init` (ou `custody demo`)
# $file (text): the path given to --db
cli-db-is-a-folder = { $file } est un dossier : --db désigne le fichier de la base de données
# $file (text): the path given to --db
cli-not-a-custody-database = { $file } n'est pas une base de données Custody (fichier d'un autre programme, ou endommagé) : il n'a pas été modifié
# $file (text): the path
cli-cannot-look-at = impossible d'examiner { $file }
# $file (text): the path
cli-cannot-read = impossible de lire { $file }
# $variable (text): the environment variable scripts set instead
cli-reading-password = lecture du mot de passe au terminal (les scripts définissent { $variable })
cli-reading-scans = lecture des scans sur l'entrée standard
cli-reading-stdin = lecture de l'entrée standard
# $option (text): the option, "--today"
# $value (text): what was given
cli-not-a-date = { $option } « { $value } » n'est pas une date AAAA-MM-JJ
bench-compare-needs-db = --compare demande --db : la base de données à laquelle ses chiffres sont comparés
# $count (text): what was given
report-not-a-count = « { $count } » n'est pas un numéro d'inventaire comme COUNT-3
# $paper (text): what was given
report-not-a-paper-size = --paper : « { $paper } » n'est pas un format de papier : a4 ou letter

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
insights-waste-summary = Pertes du { $from } au { $to } : { $units } unités d'une valeur de { $value } ; { $expired } périmées ({ $predicted } prévues, { $surprise } imprévues), { $recalled } rappelées, { $damaged } abîmées
# $units (number): units with no price
insights-unpriced = { $units } unités n'avaient pas de prix et ne sont pas comptées dans la valeur
# $from (text): the period's first day
# $to (text): its last day
# $missing (number): units recorded missing or short
# $found (number): units found elsewhere or found again
# $value (text): the value lost, as money with the currency
insights-shrinkage-summary = Démarque du { $from } au { $to } : { $missing } unités manquantes, { $found } retrouvées ; valeur perdue { $value }
insights-by-month = Par mois
insights-by-product = Par produit
insights-by-location = Par emplacement
insights-by-supplier = Par fournisseur
insights-lines = Toutes les lignes, les plus anciennes d'abord
insights-col-month = mois
insights-col-day = jour
insights-col-units = unités
insights-col-expired = périmées
insights-col-predicted = prévu
insights-col-surprise = imprévu
insights-col-recalled = rappelées
insights-col-damaged = abîmées
insights-col-unpriced = sans prix
insights-col-value = valeur
insights-col-value-lost = valeur perdue
insights-col-supplier = fournisseur
insights-col-disposition = sortie
insights-col-cause = cause
insights-col-count = inventaire
insights-col-counts = inventaires
insights-col-with-variance = avec écart
insights-col-keeps-disagreeing = écarts répétés
insights-cause-recalled = rappel
insights-cause-expired = périmé
insights-cause-damaged = abîmé
insights-disposition-destroyed = détruit
insights-disposition-returned = renvoyé au fournisseur
insights-kind-missing = manquant
insights-kind-found-elsewhere = trouvé ailleurs
insights-kind-found-again = retrouvé
insights-kind-wrong-status = mauvais statut
insights-kind-lot-short = lot en moins
insights-kind-lot-surplus = lot en trop

# Prices where they arrive (issue #23): `custody partner price`.
# $gtin (text): the product's GTIN
# $supplier (text): the supplier's code
# $price (text): the price, with the currency's decimals
# $from (text): the first day it is in force
price-set = Prix contractuel de { $gtin } chez { $supplier } : { $price } à partir de { $from }.
# $prices (number): how many prices
# $file (text): the file they came from
price-imported = { $prices } prix contractuels importés depuis { $file }.
price-none = Aucun prix contractuel.
price-from-start = l'origine
price-col-supplier = fournisseur
price-col-from = à partir du
price-col-price = prix
movement-unit-cost-twice = un montant seul vaut pour tous les produits, il ne se donne qu'une fois ; donnez les autres sous la forme GTIN=MONTANT

insights-dwell-summary = Séjour du { $from } au { $to } : { $stays } séjours terminés ; { $waiting } boîtes ou lots ({ $units } unités) détenus depuis plus de { $days } jours
insights-by-location-product = Par emplacement et produit
insights-dwell-distribution = Séjours par durée en jours
insights-days-range = { $from }-{ $to } j
insights-days-over = { $days }+ j
insights-waiting = Détenus au-delà du seuil, les plus anciens d'abord
insights-waiting-more = { $shown } sur { $total } listés : les plus anciens

insights-dwell-products-more = { $shown } sur { $total } produits et emplacements listés : à chaque emplacement, les { $each } dont les séjours sont les plus longs
insights-col-stays = séjours
insights-col-median-days = jours médian
insights-col-p90-days = jours 90e centile
insights-col-since = depuis
insights-col-days = jours
insights-suppliers-summary = Fournisseurs du { $from } au { $to } : { $suppliers } ont livré ; péremption courte : moins de { $short_days } jours, hors contrat : plus de { $tolerance } % au-dessus ; { $excess } payés au-dessus du contrat
insights-by-manufacturer = Par fabricant
insights-over-contract = Réceptions au-dessus du prix contractuel
insights-affected = Boîtes concernées, jusqu'à leur origine
insights-col-manufacturer = fabricant
insights-col-deliveries = livraisons
insights-col-missing = manquants
insights-col-excess = au-dessus du contrat
insights-col-recalls = rappels
insights-col-unit-cost = coût unitaire
insights-col-contract = contrat
insights-col-finding = constat
insights-col-received = reçu
insights-col-manufactured = fabriqué
insights-finding-short-dated = péremption courte
insights-finding-lot-or-expiry-differs = lot/péremption différent
insights-finding-unexpected = inattendu
insights-finding-suspect = suspect
insights-finding-duplicate-serial = série en double
insights-finding-over-contract = hors contrat
insights-finding-recalled = rappelé
insights-trends-summary = Tendances de consommation du { $from } au { $to } : { $rows } produits et emplacements (règles trop basses : { $low }, trop hautes : { $high }, sans règle : { $none }) ; les { $listed } plus utilisés listés
insights-trends-weeks = { $product } à { $location }, semaine par semaine
insights-rule = { $reorder }/{ $par }, { $lead } j
insights-col-week = semaine
insights-col-used = utilisé
insights-col-used-last-year = l'an dernier
insights-col-rule = règle (min/max, délai)
insights-col-stockout-days = jours de rupture
insights-col-overstock-days = jours de surstock
insights-col-verdict = règle
insights-verdict-too-low = trop basse
insights-verdict-too-high = trop haute
insights-verdict-fits = adaptée
insights-verdict-no-rule = sans règle
insights-affected-more = { $shown } sur { $total } listés, par fournisseur et du plus ancien ; --supplier restreint la liste

## custody national

national-check-needed = Donnez --check avec --market ou --window-hours : off, at_dispense, at_receipt ou decommission_at_receipt.
national-no-market = aucun
# $market (text): EU-xx, US, or national-no-market
# $check (text): off, at_dispense, at_receipt or decommission_at_receipt
# $hours (number): the decommission window
national-settings = Système national : { $market } ; vérifie : { $check } ; une boîte dispensée hors ligne est désactivée sous { $hours } h.
# $waiting (number): requests waiting
# $pending (number): not yet sent
# $sent (number): sent, answer not read
# $alerts (number): ended in an alert
# $failed (number): failed
national-status = { $waiting } demandes de vérification en attente ({ $pending } pas encore envoyées, { $sent } envoyées sans réponse lue) ; { $alerts } alertes, { $failed } en échec.
# $at (text): a local time
# $words (text): why it waits
national-oldest = La plus ancienne attend depuis { $at } : { $words }
national-drainer-running = Envoi : le programme d'envoi de cette application traite la file.
national-drainer-elsewhere = Envoi : un autre Custody tient le verrou d'envoi de cette base (l'application, ou custody national drain en ligne de commande).
# $path (text): the file looked for
national-drainer-not-configured = Aucun envoi : il n'y a pas de fichier des systèmes nationaux à { $path }.
# $path (text): the file
# $reason (text): why, in the file reader's English
national-drainer-refused = Aucun envoi : le fichier des systèmes nationaux { $path } est inutilisable : { $reason }
# $reason (text): why, in the system's English
national-drainer-unavailable = Aucun envoi : le verrou d'envoi ne peut pas être pris : { $reason }
# $path (text): the file
national-drainer-stopped = Aucun envoi en cours : le fichier { $path } est utilisable ; les demandes attendent que l'application tourne ou que custody national drain soit lancé.
# $at (text): a local time
national-window = Attention : une boîte dispensée hors ligne doit être désactivée avant { $at }. Rétablissez le réseau, ou appelez l'assistance du système national.
# $old (number): the failed request
# $new (number): the new one
national-retried = Demande { $old } remise en file comme demande { $new }.
# $singles (number): single requests sent
# $bulks (number): bulk requests sent
# $reverified (number): verified before a re-send
# $done (number): answered
# $alerts (number): alerts
# $failed (number): failed
# $retried (number): put back for later
national-drained = Envoyé { $singles } demandes unitaires et { $bulks } groupées ({ $reverified } vérifiées avant un nouvel envoi) : { $done } répondues, { $alerts } alertes, { $failed } en échec, { $retried } à réessayer.
national-col-id = Demande
national-col-queued = Mise en file
national-col-state = État
national-col-asks = Demande
national-col-pack = Boîte (GTIN série)
national-col-product = Produit
national-col-tries = Essais
national-col-answer = Réponse
# $count (number): alerts on packs supplied
national-follow-up = { $count } alertes sur des boîtes déjà dispensées : suivez chacune auprès de qui l'a reçue (custody national queue --shown alerts nomme la dispensation).
# $at (text): a local time
# $location (text): where from
# $reference (text): the reference given at dispense
# $by (text): who dispensed it
national-supplied = dispensée { $at } depuis { $location }, référence { $reference }, par { $by }
