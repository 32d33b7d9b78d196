# Custody's refusals in French — DRAFT for native review (issue #22). Translated from en.ftl by
# the developers with docs/translations/glossary.fr.md; not yet read by a French-speaking
# pharmacist. Send corrections as changes to this file.
#
# What is NOT translated: message ids (a code with its dots as "-"), the $arguments, and the
# keys of selectors ([qa], [apply_count], [yes], …), which the code sends as they are. Plural
# selectors use French categories: [one] holds 0 and 1, *[other] the rest (add [many] only for
# millions). The comment lines above each message are English's, to keep the two files
# comparable: "$name (number|text): what it is" documents an argument.
#
# Typography: a no-break space (U+00A0) before ":" and "%" and inside « », a narrow no-break
# space (U+202F) before ";", "!" and "?". Codes, commands (custody user passwd …), usernames,
# GTINs, lots and serials are never translated. Screen names: Paramètres, Utilisateurs,
# Scanner, Inventaires, Rappels de lot, Stock, Rapports, Réapprovisionnement, Péremption,
# Ruptures, Accueil.

## auth: signing in, signatures, passwords, who may do what

# Wrong username or wrong password: one sentence for both, so names cannot be probed.
auth-sign_in_failed = Nom d'utilisateur ou mot de passe incorrect.

# $user (text): the username
# $attempts (number): wrong passwords in a row that lock an account
# $minutes (number): minutes until the lock ends
auth-locked = Le compte { $user } est verrouillé après { $attempts ->
        [one] { $attempts } mot de passe erroné
       *[other] { $attempts } mots de passe erronés
    } : réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, ou demandez à un administrateur de le déverrouiller en définissant un nouveau mot de passe.

# $user (text): the username
auth-disabled = Le compte { $user } est désactivé et ne peut plus agir : demandez à un administrateur de le réactiver.

# $user (text): the username
auth-no_password = Le compte { $user } n'a pas encore de mot de passe : un administrateur en définit un dans Paramètres, Utilisateurs (ou avec custody user passwd { $user }).

# $field (text): the password field
auth-signature_refused = Le mot de passe ne correspond pas, rien n'a donc été signé : saisissez de nouveau votre propre mot de passe.

# $field (text): the password field
# $min (number): the shortest password allowed, in characters
auth-password_too_short = Un mot de passe doit comporter au moins { $min } caractères.

# $field (text): the password field
# $detail (text): what the hashing library said
auth-password_unhashable = Ce mot de passe n'a pas pu être enregistré de façon sûre ({ $detail }) : choisissez-en un autre.

# $field (text): the user field
auth-disable_self = Vous ne pouvez pas désactiver votre propre compte : demandez à un autre administrateur.

# $field (text): the user field
# $user (text): the username
auth-last_admin = Le compte { $user } est le dernier compte administrateur actif et ne peut pas être désactivé : activez ou ajoutez d'abord un autre administrateur.

# $user (text): the username
# $role (text): the user's role code (staff, manager, qa, admin)
# $operation (text): the operation's code (see permissions.rs)
auth-forbidden = { $user } { $role ->
        [staff] fait partie du personnel de la pharmacie
        [manager] a le rôle de gestionnaire de stock
        [qa] a le rôle de responsable qualité
        [admin] a le rôle d'administrateur
       *[other] a le rôle { $role }
    } et ne peut pas { $operation ->
        [view_stock] consulter le stock
        [manage_master_data] modifier les produits, les emplacements ou les fournisseurs
        [manage_users] gérer les utilisateurs
        [receive] réceptionner du stock
        [dispense] dispenser du stock
        [transfer] transférer du stock
        [return] enregistrer un retour de stock
        [quarantine] mettre du stock en quarantaine
        [release] libérer du stock de la quarantaine
        [destroy] détruire du stock
        [return_to_supplier] faire un retour fournisseur
        [count] faire un inventaire
        [apply_count] appliquer les ajustements d'inventaire
        [override] forcer un scan bloqué
        [manage_recalls] gérer les rappels de lot
        [verify] vérifier le registre
        [load_demo] charger les données de démonstration
        [sync] envoyer le registre au serveur central
        [enrol_site] inscrire ce site auprès du serveur central
        [write_off] déclarer une boîte volée ou prélevée comme échantillon
       *[other] faire cela
    } : demandez à une personne dont le rôle le permet.

# $user (text): the username given
auth-user_unknown = Il n'y a aucun utilisateur actif { $user } : un administrateur ajoute les utilisateurs dans Paramètres, Utilisateurs (ou avec custody user add).

## master: the site, locations, suppliers, users and products

# $field (text): the form field
master-text_empty = { $field ->
        [site_code] Le code du site
        [site_name] Le nom du site
        [location_code] Le code de l'emplacement
        [location_name] Le nom de l'emplacement
        [partner_code] Le code du fournisseur
        [partner_name] Le nom du fournisseur
        [name] Le nom
        [generic_name] La dénomination commune (DCI)
        [form] La forme galénique
        [strength] Le dosage
        [manufacturer] Le fabricant
        [storage] La condition de conservation
        [cip] Le code CIP
        [pzn] Le PZN
        [ndc] Le NDC
        [username] Le nom d'utilisateur
        [reason] Le motif
        [note] La note
        [title] Le titre
        [number] Le numéro du rappel de lot
        [instructions] Le texte des instructions
        [issuer] L'émetteur
        [reference] La référence
       *[other] Ce champ
    } ne doit pas être vide.

# $field (text): the form field
# $max (number): the most characters allowed
master-text_too_long = { $field ->
        [site_code] Le code du site
        [site_name] Le nom du site
        [location_code] Le code de l'emplacement
        [location_name] Le nom de l'emplacement
        [partner_code] Le code du fournisseur
        [partner_name] Le nom du fournisseur
        [name] Le nom
        [generic_name] La dénomination commune (DCI)
        [form] La forme galénique
        [strength] Le dosage
        [manufacturer] Le fabricant
        [storage] La condition de conservation
        [cip] Le code CIP
        [pzn] Le PZN
        [ndc] Le NDC
        [username] Le nom d'utilisateur
        [reason] Le motif
        [note] La note
        [title] Le titre
        [number] Le numéro du rappel de lot
        [instructions] Le texte des instructions
        [issuer] L'émetteur
        [reference] La référence
       *[other] Ce champ
    } ne doit pas dépasser { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.

# $field (text): the form field
master-text_control = { $field ->
        [site_code] Le code du site
        [site_name] Le nom du site
        [location_code] Le code de l'emplacement
        [location_name] Le nom de l'emplacement
        [partner_code] Le code du fournisseur
        [partner_name] Le nom du fournisseur
        [name] Le nom
        [generic_name] La dénomination commune (DCI)
        [form] La forme galénique
        [strength] Le dosage
        [manufacturer] Le fabricant
        [storage] La condition de conservation
        [cip] Le code CIP
        [pzn] Le PZN
        [ndc] Le NDC
        [username] Le nom d'utilisateur
        [reason] Le motif
        [note] La note
        [title] Le titre
        [number] Le numéro du rappel de lot
        [instructions] Le texte des instructions
        [issuer] L'émetteur
        [reference] La référence
       *[other] Ce champ
    } ne doit contenir ni tabulation, ni saut de ligne, ni autre caractère de contrôle.

# $field (text): the form field
# $value (text): what was typed
master-code_characters = { $value } ne peut pas servir de code : un code ne peut contenir que des lettres, des chiffres, '-', '_' et '.'.

# $field (text): the GLN field
# $value (text): what was typed
master-gln_invalid = { $value } n'est pas un GLN : un GLN comporte 13 chiffres et une clé de contrôle valide.

# $field (text): the field holding the GTIN
# $value (text): what was given
# $detail (text): what the GS1 decoder found
master-gtin_invalid = { $value } n'est pas un GTIN : { $detail }.

# $field (text): the PZN field
# $value (text): what was given
master-pzn_invalid = { $value } n'est pas un PZN : un PZN comporte 8 chiffres et une clé de contrôle valide.

# $field (text): the NDC field
# $value (text): what was given
master-ndc_invalid = { $value } n'est pas un NDC écrit avec des tirets (4-4-2, 5-3-2, 5-4-1, 5-4-2 ou 6-4-2).

# $field (text): the pack size field
master-pack_size_not_positive = Le nombre d'unités par boîte doit être supérieur à zéro.

# $field (text): the contract price field
master-price_negative = Le prix contractuel ne doit pas être négatif.

# $field (text): the contract price field
# $max (number): the highest contract price allowed, in whole currency units
master-price_too_high = Le prix contractuel dépasse { $max } pour une boîte : vérifiez le montant (il s'exprime en unités de la devise, pas en centimes).

# $key (text): the site code
master-site_exists = Un site avec le code { $key } existe déjà.

# $key (text): the username
master-user_exists = Un utilisateur nommé { $key } existe déjà : choisissez un autre nom d'utilisateur.

# $key (text): the location code
master-location_exists = Un emplacement avec le code { $key } existe déjà : choisissez un autre code.

# $key (text): the partner code
master-partner_exists = Un fournisseur ou partenaire avec le code { $key } existe déjà : choisissez un autre code.

# $key (text): the GTIN
master-product_exists = Un produit avec le GTIN { $key } existe déjà.

master-system_principal_missing = Le compte système est absent de cette base de données : elle n'a pas été créée par Custody. Restaurez une sauvegarde ou contactez le support.

# $field (text): the user field, when a form named the user
# $user (text): the username given
master-user_unknown = Il n'y a aucun utilisateur { $user }.

# $setting (text): the key asked for
master-setting_unknown = { $setting } ne fait pas partie des paramètres du site.

master-no_site = Cette base de données n'est pas encore configurée : configurez d'abord le site et son premier administrateur.

master-already_set_up = Cette base de données est déjà configurée : connectez-vous, ou choisissez un autre fichier.

master-demo_needs_empty_database = Les données de démonstration ne s'installent que dans une base de données nouvelle et vide : choisissez un autre fichier de base de données.

# $location (text): the location code given
master-location_unknown = Il n'y a aucun emplacement { $location }.

# $partner (text): the partner code given
master-partner_unknown = Il n'y a aucun fournisseur ou partenaire { $partner }.

# $gtin (text): the GTIN given
master-product_unknown = Il n'y a aucun produit avec le GTIN { $gtin } : ajoutez-le d'abord aux produits.

# $field (text): the GTIN field
# $gtin (text): the product's GTIN
# $value (text): the GTIN the change asked for
master-product_gtin_fixed = Le GTIN d'un produit ne peut pas être modifié : c'est par lui que le registre désigne { $gtin }. Ajoutez plutôt { $value } comme nouveau produit.

# $field (text): the tracking field
# $gtin (text): the product's GTIN
# $tracking (text): the product's tracking mode, serial or lot
master-product_tracking_fixed = Des boîtes ou des lots de { $gtin } ont déjà été enregistrés : il reste donc suivi { $tracking ->
        [serial] par numéro de série
        [lot] par lot
       *[other] par { $tracking }
    }.

# $id (number): the product's row id
master-product_id_unknown = Il n'y a aucun produit numéro { $id } dans cette base de données.

# $field (text): the role field
# $user (text): the username
# $role (text): the role asked for (staff, manager, qa)
master-last_admin_role = Le compte { $user } est le dernier compte administrateur actif et ne peut pas recevoir le rôle { $role ->
        [staff] de personnel de la pharmacie
        [manager] de gestionnaire de stock
        [qa] de responsable qualité
       *[other] { $role }
    } : donnez d'abord le rôle d'administrateur à une autre personne.

## stock: packs and lots on hand

# $gtin (text): the pack's GTIN
# $serial (text): its serial number
stock-pack_unknown = Aucune boîte avec le GTIN { $gtin } et le numéro de série { $serial } n'a été enregistrée ici.

# A pack reported stolen or taken as a sample that is not held here.
# $field (text): the serial field
# $serial (text): the pack's serial number
# $status (text): its status (dispensed, transferred_out, returned_to_supplier, destroyed, missing)
stock-pack_not_held = La boîte { $serial } n'est pas détenue ici (elle est { $status ->
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    }) : seule une boîte en stock ou en quarantaine peut être déclarée volée ou prélevée comme échantillon.

# A pack given or taken as a sample that is not usable.
# $field (text): the reason field
# $serial (text): the pack's serial number
# $reason (text): why it is not usable (quarantined, expired, recalled)
stock-sample_not_usable = La boîte { $serial } ne peut pas sortir comme échantillon : elle est { $reason ->
        [quarantined] en quarantaine
        [expired] périmée
        [recalled] rappelée
       *[other] { $reason }
    }. Seule une boîte utilisable est remise comme échantillon ; une boîte disparue est déclarée volée.

# $gtin (text): the GTIN
# $lot (text): the lot
stock-lot_unknown = Aucun lot { $lot } du GTIN { $gtin } n'a été enregistré ici.

## movement: scanning packs in, out and around

# $field (text): the quantity field
movement-quantity_not_positive = La quantité doit être d'au moins 1.

# $field (text): the password field
movement-override_needs_signature = Forcer un scan bloqué nécessite votre signature : saisissez de nouveau votre mot de passe.

# $field (text): the reason field
# $movement (text): the movement (quarantine or destroy)
movement-reason_required = Indiquez pourquoi le stock est { $movement ->
        [destroy] détruit
       *[quarantine] mis en quarantaine
    }.

# $field (text): the password field
# $movement (text): the movement (destroy or release)
movement-signature_required = { $movement ->
        [release] Libérer du stock de la quarantaine
       *[destroy] Détruire du stock
    } nécessite votre signature : saisissez de nouveau votre mot de passe.

# $field (text): the destination field
movement-transfer_needs_destination = Un transfert nécessite un emplacement de destination, ou le partenaire vers lequel part le stock.

# $field (text): the destination field
movement-transfer_to_same_location = La destination est l'emplacement où se trouve déjà le stock : choisissez un autre emplacement.

# $field (text): the shipment field
movement-shipment_only_for_receipts = Seules les réceptions sont rapprochées d'une livraison attendue : ne choisissez aucune livraison, ou faites une réception.

# $field (text): the anti-tampering device check field
movement-tamper_only_at_dispense = Le contrôle du dispositif antieffraction ne se fait qu'à la dispensation : scannez de nouveau sans lui, ou dispensez.

# $field (text): the shipment field
# $shipment (number): the shipment's number
movement-shipment_closed = La livraison attendue numéro { $shipment } est clôturée : réceptionnez sans elle, ou choisissez-en une autre.

# $field (text): the supplier field
movement-return_needs_supplier = Choisissez le fournisseur auquel le stock est retourné.

# $field (text): the supplier field
movement-receipt_needs_counterparty = Une réception doit indiquer la provenance des marchandises : choisissez le fournisseur ou le site expéditeur, ou une livraison attendue qui nomme son fournisseur.

# $detail (text): what the GS1 decoder found
movement-scan_unreadable = Le scan n'a pas pu être lu : { $detail }

## shipment: expected shipments (despatch advice)

# $shipment (number): the shipment's number
shipment-unknown = Il n'y a aucune livraison attendue numéro { $shipment }.

# $reference (text): the shipment's document number
shipment-closed = La livraison { $reference } est déjà clôturée : plus rien ne peut être réceptionné sur elle.

# $field (text): the reference field
shipment-file_without_reference = Le fichier n'indique aucun numéro de document : indiquez-en un.

## recall: recalls, their outcomes and closure

# $field (text): the scope field
recall-scope_empty = Un rappel de lot nécessite au moins un GTIN, un GTIN et un lot, ou un GTIN et un numéro de série.

# $recall (text): the recall number given
recall-unknown = Il n'y a aucun rappel de lot { $recall }.

# $field (text): the number field
# $recall (text): the recall number
recall-exists = Le rappel de lot { $recall } existe déjà : ouvrez-le, ou donnez un autre numéro au nouveau rappel.

# $field (text): the number field
recall-file_without_number = Le fichier n'indique aucun numéro de rappel de lot : indiquez-en un.

# $field (text): the reason field
recall-file_without_reason = Le fichier n'indique aucun motif de rappel : indiquez-en un.

# $field (text): the class field
recall-file_without_class = Le fichier n'indique aucune classe de rappel : choisissez I, II, III ou retrait.

# $field (text): the number or class field
# $notices (number): notices in the file
# $numbers (text): their numbers
recall-several_notices_one_header = Le fichier contient { $notices } avis de rappel de lot ({ $numbers }), chacun importé comme un rappel distinct avec le numéro et la classe qu'il indique : n'indiquez ni numéro ni classe, ou importez chaque avis depuis un fichier distinct.

# $recall (text): the recall number
recall-closed_cannot_extend = Le rappel de lot { $recall } est clôturé : saisissez plutôt un nouveau rappel.

# $recall (text): the recall number
# $scope (text): the scope lines the hub added, e.g. "GTIN 09506000134352 lot L2"
recall-network_extended_closed = Le rappel de lot { $recall } est clôturé ici, mais le serveur central y a depuis ajouté { $scope }, et un rappel clôturé ne peut plus rien contenir : appelez le responsable qualité du serveur central, qui doit les saisir comme un nouveau rappel de réseau.

# $recall (text): the recall number
recall-closed = Le rappel de lot { $recall } est clôturé : plus rien ne peut y être enregistré.

# $recall (text): the recall number
recall-closed_already = Le rappel de lot { $recall } est déjà clôturé.

# $recall (text): the recall number a site tried to share with the hospital network
recall-share_one_product = Le rappel de lot { $recall } ne peut pas être partagé tel quel avec le réseau : un rappel de réseau porte sur un seul produit (un GTIN), par lots ou par numéros de série. Saisissez ici un rappel par produit, chacun sous son propre numéro, et partagez chacun d'eux.

# $recall (text): the recall number
# $gtin (text): the GTIN it covers every pack of
recall-share_whole_product = Le rappel de lot { $recall } couvre toutes les boîtes du GTIN { $gtin }, alors qu'un rappel de réseau nomme les lots ou numéros de série qu'il couvre : demandez au responsable qualité du serveur central de le saisir sur le serveur central avec ses lots (custody-hub recall add).

# $field (text): the password field
recall-destroy_needs_signature = Détruire du stock nécessite votre signature : saisissez de nouveau votre mot de passe.

# $field (text): the supplier field
recall-return_needs_supplier = Choisissez le fournisseur auquel le stock est retourné.

# $field (text): the serial field
# $serial (text): the pack's serial
# $recall (text): the recall number
recall-pack_not_affected = La boîte de numéro de série { $serial } n'est pas concernée par le rappel de lot { $recall }.

# $field (text): the outcome field
recall-nothing_matches = Rien de ce qui reste ouvert dans le rappel de lot ne correspond à la sélection.

# $field (text): the outcome field
# $outcome (text): the outcome chosen (returned_to_supplier, destroyed, notified, not_found)
# $matches (text): what matches, by status
recall-outcome_does_not_apply = { $outcome ->
        [returned_to_supplier] « Retourné au fournisseur »
        [destroyed] « Détruit »
        [notified] « Destinataire informé »
        [not_found] « Non retrouvé »
       *[other] { $outcome }
    } ne s'applique pas à ce qui correspond ({ $matches }) : les boîtes détenues ici sont retournées, détruites ou non retrouvées ; pour celles qui sont parties, c'est « Destinataire informé » ou « Non retrouvé ».

# $recall (text): the recall number
# $open (number): items still open
# $items (text): what is open, where
recall-still_open = Le rappel de lot { $recall } ne peut pas être clôturé : { $open ->
        [one] { $open } élément est encore ouvert
       *[other] { $open } éléments sont encore ouverts
    } ({ $items }). Enregistrez d'abord une issue pour chacun.

## count: stock counts

# $count (number): the count's number
count-unknown = Il n'y a aucun inventaire numéro { $count }.

# $field (text): the location field
# $count (number): the count still open there
# $location (text): the location's code
count-open_at_location = L'inventaire { $count } de { $location } n'est pas encore appliqué ni abandonné : terminez-le (ou abandonnez-le) avant de commencer un autre inventaire à cet emplacement.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_open = L'inventaire { $count } est { $status ->
        [finished] terminé
        [applied] appliqué
       *[abandoned] abandonné
    } : il n'accepte donc plus de scans.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-closed = L'inventaire { $count } est déjà { $status ->
        [applied] appliqué
       *[abandoned] abandonné
    } : plus rien ne peut y être fait.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_finished = L'inventaire { $count } est { $status ->
        [open] encore ouvert aux scans : terminez-le avant de l'appliquer
        [applied] déjà appliqué
       *[abandoned] abandonné, il ne peut donc pas être appliqué
    }.

# $field (text): the quantity field
count-quantity_not_positive = La quantité comptée doit être d'au moins 1.

# $field (text): the quantity field
# $quantity (number): the total typed
count-quantity_negative = Le total d'un lot ne peut pas être { $quantity } : saisissez ce qui se trouve en rayon (0 s'il n'y en a pas).

# $field (text): the quantity field
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-quantity_too_large = { $quantity } dépasse ce qu'un inventaire accepte pour un lot (au plus { $max }) : saisissez combien il y en a en rayon. Si un lecteur a saisi un code dans la quantité, scannez de nouveau la boîte.

# $field (text): the quantity field
# $lot (text): the lot
# $product (text): the product's name
# $counted (number): the lot's total counted so far
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-lot_total_too_large = Le lot { $lot } de { $product } a déjà { $counted } unités comptées : { $quantity } de plus dépasseraient { $max }, plus qu'un inventaire n'en accepte pour un lot. Corrigez plutôt le total du lot.

# $field (text): the lot field
# $lot (text): the lot
# $product (text): the product's name
count-lot_not_counted = Le lot { $lot } de { $product } n'a pas été compté dans cet inventaire : scannez-le pour le compter.

## levels: reorder rules, shortages, expiry alerts

# $field (text): the field at fault
# $problem (text): what is wrong with it
levels-rule_invalid = La règle de réapprovisionnement n'a pas été enregistrée : { $problem }

# $field (text): the location field
# $product (text): the product's name
# $location (text): the location code
levels-rule_unknown = La règle de réapprovisionnement n'a pas été supprimée : { $product } n'a pas de règle à { $location }.

# $field (text): the days fields
# $lead_time (number): the lead time given, in days
# $safety (number): the safety days given
# $cycle (number): the order cycle given, in days
levels-suggest_days_invalid = Le délai de livraison ({ $lead_time }) et les jours de sécurité ({ $safety }) doivent être supérieurs ou égaux à zéro, et le cycle de commande ({ $cycle }) d'au moins un jour.

# $field (text): the product field
levels-position_needs_product_or_location = Choisissez un produit, un emplacement, ou les deux.

# $field (text): the window field
levels-expiry_no_window = Indiquez au moins une fenêtre en jours.

# $field (text): the window field
# $max (number): the longest window
levels-expiry_window_out_of_range = Une fenêtre de péremption est comprise entre 0 et { $max } jours.

# $field (text): the windows field
# $value (text): what was typed
levels-window_not_a_number = { $value } n'est pas un nombre de jours : indiquez des nombres entiers séparés par des virgules, par exemple 30, 60, 90.

# $field (text): the windows field
# $days (number): the window given
# $max (number): the longest window
levels-window_out_of_range = Une fenêtre d'alerte de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } n'est pas possible : chacune va de 1 à { $max } jours.

# $field (text): the windows field
levels-no_windows = Indiquez au moins une fenêtre d'alerte en jours, par exemple 30, 60, 90.

# $field (text): the windows field
# $windows (number): how many were given
# $max (number): the most allowed
levels-too_many_windows = { $windows ->
        [one] { $windows } fenêtre d'alerte a été indiquée
       *[other] { $windows } fenêtres d'alerte ont été indiquées
    } : indiquez-en au plus { $max }.

## insights: patterns found in the ledger

# $field (text): the supplier field
# $supplier (text): the supplier's code given
insights-trends_by_supplier = Les tendances de consommation sont par produit et par emplacement, et la consommation n'a pas de fournisseur ({ $supplier }) : retirez le filtre fournisseur.

## report: printed reports and extracts

# $field (text): the end date field
# $from (text): the start date
# $to (text): the end date
report-range_backwards = La date de fin { $to } est antérieure à la date de début { $from } : inversez-les.

# $field (text): the start date field
# $limit (number): the most events one extract lists
report-audit_too_many_events = L'extraction listerait plus de { $limit } événements : restreignez les dates, l'utilisateur ou l'emplacement.

# $field (text): the report field
# $report (text): the name given
# $known (text): the reports there are
report-unknown_kind = Il n'y a aucun rapport nommé { $report } : les rapports disponibles sont { $known }.

## backup: backups and restores

# $path (text): the file
# $detail (text): what SQLite said
backup-open_failed = { $path } n'a pas pu être ouvert comme base de données ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_unreadable = Le dossier { $path } n'a pas pu être lu ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_created = Le dossier { $path } n'a pas pu être créé ({ $detail }) : vérifiez que le disque est connecté et accessible en écriture.

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_writable = Rien ne peut être écrit dans { $path } ({ $detail }) : choisissez un dossier dans lequel vous pouvez écrire.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_renamed = La sauvegarde vérifiée n'a pas pu recevoir son nom { $path } ({ $detail }) ; rien n'a été conservé.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_copied = La sauvegarde { $path } n'a pas pu être copiée ({ $detail }) ; la base de données a été laissée telle quelle.

# $path (text): the database file
# $detail (text): what the system said
backup-not_moved_aside = La base de données { $path } n'a pas pu être mise de côté ({ $detail }) ; rien n'a été restauré.

# $path (text): the database file
# $detail (text): what the system said
backup-not_put_in_place = La sauvegarde n'a pas pu remplacer { $path } ({ $detail }) ; la base de données qui s'y trouvait a été remise en place.

# $path (text): the file
# $detail (text): what the system said
backup-not_flushed = { $path } n'a pas pu être écrit de façon sûre sur le disque ({ $detail }).

# $path (text): the path
# $field (text): the folder field, when the person typed it
backup-path_not_text = Le chemin { $path } contient des caractères que Custody ne peut pas enregistrer : choisissez un dossier dont le nom est en texte simple.

# $field (text): the folder field
# $path (text): what was typed
backup-folder_not_absolute = { $path } n'est pas un chemin complet : faites-le partir de la racine, par exemple /media/usb.

# $field (text): the folder field
# $path (text): the folder
backup-database_folder = { $path } contient la base de données ouverte : gardez les sauvegardes dans un dossier à part.

# $field (text): the folder field
# $path (text): the file in the way
backup-is_open_database = { $path } est la base de données ouverte : choisissez un autre dossier de sauvegarde.

# $path (text): the backup file
backup-exists = Une sauvegarde { $path } existe déjà (une sauvegarde a été faite dans la même seconde) : réessayez dans un instant.

# $problems (text): what the check found
backup-not_verified = La sauvegarde n'a pas passé sa vérification, elle a donc été supprimée : { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $database (text): the database being replaced
backup-restore_onto_itself = { $path } est la base de données à remplacer ({ $database }) : choisissez le fichier de sauvegarde à restaurer.

# $field (text): the backup field
# $path (text): the backup given
backup-restore_working_file = { $path } est le fichier de travail de la restauration elle-même : copiez-le d'abord ailleurs.

# $field (text): the backup field
# $path (text): the backup given
# $problems (text): what the check found
backup-not_good = { $path } n'est pas une sauvegarde valide, rien n'a donc été restauré : { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $differences (text): the tables, indexes, triggers or views that differ
backup-schema_differs = { $path } n'a pas les tables et les index que crée Custody, il n'a donc pas été restauré : { $differences }.

# $path (text): the kept-aside file
backup-aside_exists = { $path } existe déjà, laissé par une restauration précédente : attendez une seconde et relancez la restauration.

## ledger: what is recorded and when

# $site (text): the site's code
# $now (text): the computer's clock
# $last (text): when the newest event was recorded
ledger-clock_behind = L'horloge de cet ordinateur indique { $now }, mais le registre du site { $site } contient déjà un événement enregistré le { $last } : l'horloge a été reculée, rien n'a donc été enregistré. Remettez à l'heure la date et l'heure de l'ordinateur (demandez à un administrateur) et réessayez.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
ledger-occurred_in_future = Cela ne peut pas être enregistré comme survenu le { $occurred } : c'est postérieur à maintenant ({ $now }). Rien n'a été enregistré.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
# $days (number): the site's late-entry window
ledger-occurred_too_early = Cela ne peut pas être enregistré comme survenu le { $occurred } : c'est plus de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } avant maintenant ({ $now }), la limite jusqu'à laquelle ce site permet de saisir des faits passés (un administrateur règle ce délai de saisie rétroactive). Rien n'a été enregistré.

# $field (text): the days field
# $days (number): what was asked
# $max (number): the longest window
ledger-late_entry_out_of_range = Le délai de saisie rétroactive va de 0 à { $max } jours, pas { $days }.

# $now (text): the clock's time
# $last (text): when the newest event was recorded
ledger-clock_not_behind = L'horloge ({ $now }) n'est pas en retard sur l'événement le plus récent du registre ({ $last }) : il n'y a rien à corriger.

ledger-clock_nothing_recorded = Le registre ne contient encore aucun événement : il n'y a donc pas d'horloge à corriger.

ledger-clock_correction_unsigned = Une correction d'horloge doit être signée par l'administrateur qui la fait : saisissez votre mot de passe.

ledger-clock_correction_alone = Une correction d'horloge est enregistrée seule, comme correction de l'horloge. Rien n'a été enregistré.

ledger-signed_by_another = Un événement est signé par la personne qui l'enregistre : connectez-vous avec votre propre compte et signez de nouveau.

# $kind (text): the event's kind
ledger-user_event_needs_subject = Une modification du compte d'un utilisateur ({ $kind }) doit nommer l'utilisateur qu'elle modifie. Rien n'a été enregistré.

# $kind (text): the event's kind
ledger-not_a_user_event = { $kind } n'est pas une modification du compte d'un utilisateur. Rien n'a été enregistré.

# $kind (text): the event's kind
ledger-event_without_lines = Un événement { $kind } nécessite au moins une boîte ou un lot. Rien n'a été enregistré.

# $field (text): the quantity field
ledger-quantity_not_positive = Une quantité doit être supérieure à zéro.

# $id (number): the product's row id
ledger-product_missing = Le produit numéro { $id } est absent de la base de données. Rien n'a été enregistré.

# $id (number): the location's row id
ledger-location_missing = L'emplacement numéro { $id } est absent de la base de données. Rien n'a été enregistré.

# $id (number): the partner's row id
ledger-partner_missing = Le partenaire numéro { $id } est absent de la base de données. Rien n'a été enregistré.

# $line (number): the event's line
ledger-pack_line_without_status = La ligne { $line } déplace une boîte sans dire où elle aboutit. Rien n'a été enregistré.

# $line (number): the event's line
# $serial (text): the pack's serial
ledger-pack_already_known = Ligne { $line } : la boîte de numéro de série { $serial } a été enregistrée entre-temps par quelqu'un d'autre. Rien n'a été enregistré : scannez de nouveau.

# $line (number): the event's line
# $serial (text): the pack's serial
# $status (text): where the line expected it (in_stock, quarantined, …)
ledger-pack_moved = Ligne { $line } : la boîte de numéro de série { $serial } n'est plus { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
       *[other] { $status }
    } là où elle se trouvait ; le stock a changé entre-temps. Rien n'a été enregistré : scannez de nouveau.

# $line (number): the event's line
ledger-quantity_line_without_lot = La ligne { $line } indique une quantité sans lot. Rien n'a été enregistré.

# $line (number): the event's line
ledger-lot_without_location = La ligne { $line } prélève du stock d'un lot sans emplacement. Rien n'a été enregistré.

# $line (number): the event's line
# $quantity (number): how many the line takes
# $lot (text): the lot
# $status (text): the stock's status (in_stock, quarantined, …)
ledger-lot_short = Ligne { $line } : il y a moins de { $quantity } unités du lot { $lot } { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
       *[other] { $status }
    } à cet endroit ; le stock a changé entre-temps. Rien n'a été enregistré : scannez de nouveau.

ledger-enrolment_times_unreadable = Les dates de création des utilisateurs ne peuvent pas être lues : ils ne peuvent donc pas être inscrits au registre.

# $seq (number): the event put back
# $expected (number): the position it would take
ledger-restored_out_of_order = L'événement { $seq } ne peut pas être remis à la position { $expected } de ce registre : rien n'a été écrit.

# $seq (number): the event put back
ledger-restored_hash_differs = L'événement { $seq }, restauré depuis le serveur central, n'a pas la même empreinte que la copie du serveur central dans ce fichier : rien n'a été écrit. Appelez l'administrateur du serveur central.

## import: files brought in (products, shipments, recalls, reorder rules)

# $problems (number): problems listed below the sentence
# $all_listed (text): yes when every problem is listed, no when more were found than listed
import-rejected = Le fichier n'a pas été importé : { $all_listed ->
        [no] plus de { $problems } problèmes ont été trouvés
       *[yes] { $problems ->
            [one] il comporte { $problems } problème
           *[other] il comporte { $problems } problèmes
        }
    }. Corrigez le fichier et importez-le de nouveau.

# $field (text): the file field
# $path (text): the file
# $limit_mb (number): the largest file imported, in MB
import-file_too_large = { $path } dépasse { $limit_mb } Mo : ce n'est pas un fichier que Custody importe.

# $field (text): the file field
# $path (text): the path given
import-file_is_folder = { $path } est un dossier, pas un fichier : choisissez le fichier lui-même.

# $field (text): the file field
# $path (text): the file
# $detail (text): what the system said
import-file_unreadable = { $path } n'a pas pu être lu ({ $detail }).

## store: the database file

# $path (text): the database file
# $detail (text): what SQLite said
store-open = La base de données { $path } n'a pas pu être ouverte ({ $detail }).

# $found (number): the file's schema version
# $supported (number): the newest this version knows
store-too_new = Cette base de données a été écrite par une version plus récente de Custody (schéma { $found } ; cette version connaît jusqu'au schéma { $supported }) : mettez Custody à jour pour l'ouvrir.

# $name (text): the migration
# $detail (text): what SQLite said
store-migration = La base de données n'a pas pu être mise à niveau : l'étape { $name } a échoué ({ $detail }), et rien n'en a été appliqué.

# $detail (text): what SQLite said
store-database = La base de données a refusé ou échoué : { $detail }. Rien n'a été enregistré.

# $detail (text): why the benchmark scan was not recorded
store-benchmark_scan_refused = Un scan de test de performance n'a pas été enregistré, le test ne mesure donc rien : { $detail }

## api: the application layer's own refusals (crates/api)

# $operation (text): what was asked for
api-unknown_operation = Custody n'a aucune opération nommée { $operation }.

# $operation (text): the operation
# $reason (text): what did not fit, as the reader said it
api-bad_request = La requête { $operation } n'a pas pu être lue : { $reason }

# $reason (text): what failed
api-internal = Custody a échoué : { $reason }. Redémarrez-le ; si cela se reproduit, prévenez votre administrateur.

# $field (text): the date field
# $date (text): what was typed
api-date_unreadable = « { $date } » n'est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-12-01.

## session: who is signed in

session-not_signed_in = Connectez-vous d'abord.

# $reason (text): idle (the session went quiet too long) or not_signed_in
# $minutes (number): the idle minutes that ended it (0 when nobody was signed in)
session-signed_out = { $reason ->
        [idle] Déconnexion après { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        } d'inactivité.
       *[other] Connectez-vous d'abord.
    }

## auth (api): a password re-entered to sign

# $field (text): the password field
# $meaning (text): approved, performed or reviewed
auth-signature_required = Ceci est signé : saisissez de nouveau votre mot de passe ({ $meaning ->
        [approved] vous l'approuvez
        [performed] vous l'avez effectué
       *[other] vous l'avez vérifié
    }).

## scan: what a scanner sent

# $field (text): the scan field
scan-empty = Le scan était vide : scannez de nouveau la boîte.

# $field (text): the scan field
# $reason (text): what the decoder said
scan-unreadable = Le scan n'a pas pu être lu : { $said }

# $field (text): the scan field
scan-no_gtin = Le scan ne contient pas de GTIN : scannez le code de la boîte elle-même, pas une étiquette d'expédition.

## scan.photo: a photo of a pack read for its codes (crates/api photo.rs)

# $megabytes (number): the file's size in megabytes, rounded up
# $limit (number): the largest photo read, in megabytes
scan-photo_too_large = Ce fichier fait { $megabytes } Mo : Custody lit les photos jusqu'à { $limit } Mo. Envoyez une photo plus petite (la taille habituelle d'un téléphone suffit).

# $reason (text): what the base64 reader said, in English
scan-photo_not_base64 = La photo n'est pas arrivée entière et n'a pas pu être lue ({ $reason }). Ajoutez-la à nouveau.

scan-photo_empty = Le fichier est vide : il ne contient aucune photo.

scan-photo_heic = C'est une photo HEIC, que Custody ne sait pas lire : exportez-la en JPEG (ou réglez l'appareil photo du téléphone sur « Le plus compatible ») et envoyez-la à nouveau.

# $found (text): what the file looks like (GIF, PDF, WebP, AVIF, …)
scan-photo_unknown_format = Ce n'est pas une photo JPEG ou PNG (elle ressemble à { $found }) : envoyez la photo en JPEG ou PNG.

# $format (text): JPEG or PNG
# $reason (text): what the image decoder said, in English
scan-photo_unreadable = La photo { $format } n'a pas pu être ouverte ; elle est peut-être tronquée ou abîmée ({ $reason }). Envoyez-la à nouveau.

## scan.decode: why the decoder refused a scan
#
# The decoder's own sentences (crates/gs1): each refusal of a scan is a code and its arguments,
# said here in the session's language; in English each reads exactly as the decoder's message.
# AIs, their GS1 titles (EXPIRY, BATCH/LOT, …), values and characters are arguments, never
# translated. "$what" says what a character is (space, gs, control, char, end, byte) and
# "$char" shows it (the character, U+0001, 0x80).

scan-decode-bracket_expected = « ( » était attendu pour ouvrir l'AI suivant dans la forme entre parenthèses.

scan-decode-bracket_unclosed = Un AI est ouvert par « ( » mais jamais fermé par « ) ».

# $ai (text): the digits between the brackets
scan-decode-unknown_ai-bracketed = ({ $ai }) n'est pas un AI du dictionnaire GS1.

scan-decode-no_data = Le scan porte un identifiant de symbologie GS1 mais aucune donnée.

scan-decode-leading_separator = Les données commencent par un séparateur de groupe (GS) à la place du premier AI. Certaines imprimantes codent les boîtes ainsi ; l'option tolérante « ignore_leading_gs » l'accepte.

scan-decode-double_separator = Deux séparateurs de groupe (GS) à la suite : il manque un élément entre eux.

# $ai (text): the AI
# $title (text): its GS1 title
# $needed (number): the characters its value needs
# $left (number): the characters left in the scan
scan-decode-truncated = Les données s'arrêtent au milieu de l'AI ({ $ai }) { $title } : il lui faut { $needed ->
        [one] { $needed } caractère
       *[other] { $needed } caractères
    }, mais il n'en reste que { $left }. La lecture a été coupée ; scannez de nouveau la boîte.

# $digits (text): the digits where an AI should start
scan-decode-unknown_ai = « { $digits }… » ne commence pas par un AI du dictionnaire GS1. Le code est peut-être abîmé, ou le lecteur a peut-être supprimé un séparateur de groupe avant lui.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-unknown_ai-not_digits = Un AI (des chiffres) était attendu, mais le code contient { $what ->
        [space] une espace
        [gs] un séparateur de groupe (GS)
        [control] le caractère de contrôle { $char }
        [end] la fin des données
        [byte] l'octet { $char }
       *[char] « { $char } »
    }. Le code est peut-être abîmé, ou le lecteur a peut-être supprimé un séparateur de groupe avant lui.

# $ai (text): the AI
# $title (text): its GS1 title
# $first (text): its first value
# $second (text): its other value
scan-decode-duplicate_ai = L'AI ({ $ai }) { $title } apparaît deux fois avec des valeurs différentes (« { $first } » et « { $second } »).

# $ai (text): the AI
# $title (text): its GS1 title
# $other (text): the AI it excludes
# $other_title (text): that AI's GS1 title
scan-decode-invalid_ai_pair = L'AI ({ $ai }) { $title } ne doit pas figurer avec l'AI ({ $other }) { $other_title }.

# $ai (text): the AI
# $title (text): its GS1 title
# $wanted (text): the AIs it needs, alternatives separated by commas (01, 02+37)
scan-decode-missing_associated_ai = L'AI ({ $ai }) { $title } doit être accompagné de l'un de ces AI : { $wanted }.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-invalid_character = L'adresse web contient { $what ->
        [space] une espace
        [gs] un séparateur de groupe (GS)
        [control] le caractère de contrôle { $char }
        [end] la fin des données
        [byte] l'octet { $char }
       *[char] « { $char } »
    }, ce qui n'est pas autorisé dans une URI.

# $example (text): a path with a GS1 key (/01/{GTIN})
scan-decode-dl-no_primary_key = Cette adresse web n'est pas un GS1 Digital Link : son chemin ne contient aucune clé GS1 telle que { $example }.

scan-decode-dl-not_http = Seules les adresses http et https peuvent être des GS1 Digital Links.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-domain_character = Le domaine de l'adresse web contient { $what ->
        [space] une espace
        [gs] un séparateur de groupe (GS)
        [control] le caractère de contrôle { $char }
        [end] la fin des données
        [byte] l'octet { $char }
       *[char] « { $char } »
    }, ce qu'un domaine ne peut pas contenir.

scan-decode-dl-path_ends_with_slash = Le chemin du Digital Link se termine par « / » : son dernier élément est vide.

# $ai (text): the AI the query names
scan-decode-dl-unknown_ai = La requête du Digital Link nomme l'AI ({ $ai }), qui n'est pas dans le dictionnaire GS1.

# $ai (text): the AI
scan-decode-dl-duplicate_ai = L'AI ({ $ai }) apparaît plusieurs fois dans le Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-ai_should_be_in_path = L'AI ({ $ai }) { $title } est un qualificatif de clé : il se place dans le chemin du Digital Link, pas dans la requête.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-invalid_attribute = L'AI ({ $ai }) { $title } n'est pas autorisé dans la requête d'un Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-empty_value = L'AI ({ $ai }) { $title } a une valeur vide dans le Digital Link.

# $path (text): the path's AIs (01/21/10)
# $key (text): the key's AI
# $order (text): the order its qualifiers go in (22, 10, 21)
# $or (text): yes when there are other orders, else no
# $others (text): the other orders
scan-decode-dl-qualifier_order = Le chemin du Digital Link contient les AI { $path } dans un ordre que la norme n'autorise pas (après { $key }, les qualificatifs suivent l'ordre { $order }{ $or ->
        [yes] { " ou " }{ $others }
       *[no] {""}
    }).

scan-decode-ifa-no_product_code = Ce code IFA n'a pas de code produit (ni PPN en 9N, ni GTIN en 8P).

scan-decode-ifa-not_format_06 = Ce message ISO/IEC 15434 n'est pas au format 06, celui des codes IFA des boîtes.

scan-decode-ifa-no_identifier = Un champ IFA n'a pas d'identifiant de données.

# $di (text): the field's data identifier (9N, 1T, S, D, …)
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-ifa-invalid_character = Le champ IFA { $di } contient { $what ->
        [space] une espace
        [gs] un séparateur de groupe (GS)
        [control] le caractère de contrôle { $char }
        [end] la fin des données
        [byte] l'octet { $char }
       *[char] « { $char } »
    }, ce qui n'est pas autorisé.

# $di (text): the field's data identifier
scan-decode-ifa-empty = Le champ IFA { $di } est vide.

# $value (text): the date as scanned
scan-decode-ifa-expiry = La date de péremption « { $value } » n'est pas une date réelle (AAMMJJ).

# $value (text): the date as scanned
scan-decode-ifa-manufactured = La date de fabrication « { $value } » n'est pas une date réelle (AAAAMMJJ).

# $di (text): the field's data identifier
# $max (number): the most characters it may have
scan-decode-ifa-too_long = Le champ IFA { $di } dépasse { $max } caractères.

# $gtin (text): the GTIN as scanned
# $length (number): its number of digits
scan-decode-ifa-gtin-length = Le GTIN « { $gtin } » du champ 8P n'est pas valide : un GTIN a 8, 12, 13 ou 14 chiffres, pas { $length }.

# $gtin (text): the GTIN as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-ifa-gtin-non_digit = Le GTIN « { $gtin } » du champ 8P n'est pas valide : un GTIN ne contient que des chiffres (le caractère { $position } n'en est pas un).

# $gtin (text): the GTIN as scanned
# $expected (text): the check digit it should have
scan-decode-ifa-gtin-check_digit = Le GTIN « { $gtin } » du champ 8P n'est pas valide : sa clé de contrôle est fausse (elle devrait être { $expected }).

scan-decode-ifa-ppn = Ce n'est pas un PPN valide.

# $ppn (text): the PPN as scanned
# $expected (text): the check digits it should have
scan-decode-ifa-ppn-check_digits = Le PPN « { $ppn } » a des chiffres de contrôle faux (ils devraient être { $expected }). Scannez de nouveau la boîte ou vérifiez le PZN imprimé.

scan-decode-ifa-ppn-pzn = Le PZN contenu dans le PPN a une clé de contrôle fausse.

# $symbology (text): the symbology identifier's letter and modifier (E0, A0, …)
scan-decode-unsupported_symbology = Ce type de code-barres (identifiant de symbologie ]{ $symbology }) ne porte pas les données GS1 d'une boîte. Scannez le code 2D (Data Matrix) de la boîte.

scan-decode-not_gs1 = Ce code-barres est lisible mais ne contient pas de données GS1 de boîte (pas de GTIN). Ce n'est pas le code d'une boîte : scannez le Data Matrix de la boîte.

# $gtin (text): the digits as scanned
# $length (number): their number
scan-decode-gtin-length = « { $gtin } » n'est pas un GTIN valide : un GTIN a 8, 12, 13 ou 14 chiffres, pas { $length }.

# $gtin (text): the digits as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-gtin-non_digit = « { $gtin } » n'est pas un GTIN valide : un GTIN ne contient que des chiffres (le caractère { $position } n'en est pas un).

# $gtin (text): the digits as scanned
# $expected (text): the check digit it should have
scan-decode-gtin-check_digit = « { $gtin } » n'est pas un GTIN valide : sa clé de contrôle est fausse (elle devrait être { $expected }).

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_short = L'AI ({ $ai }) { $title } est trop court.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_long = L'AI ({ $ai }) { $title } a plus de caractères qu'il n'en admet.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-empty = L'AI ({ $ai }) { $title } n'a pas de valeur.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long = L'AI ({ $ai }) { $title } compte { $length } caractères ; { $max } au plus sont admis.

# A value of variable length: the separator after it may be missing.
# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long-separator = L'AI ({ $ai }) { $title } compte { $length } caractères ; { $max } au plus sont admis. Le lecteur a peut-être supprimé un séparateur de groupe (GS) entre deux champs : vérifiez les réglages clavier du lecteur.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $min (number): the fewest characters it needs
scan-decode-value_too_short = L'AI ({ $ai }) { $title } compte { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    } ; il lui en faut au moins { $min }.

# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character = L'AI ({ $ai }) { $title } contient { $what ->
        [space] une espace
        [gs] un séparateur de groupe (GS)
        [control] le caractère de contrôle { $char }
        [end] la fin des données
        [byte] l'octet { $char }
       *[char] « { $char } »
    }, ce qui n'est pas autorisé à cet endroit ({ $charset ->
        [numeric] uniquement des chiffres
        [cset82] lettres, chiffres et ponctuation GS1
        [cset39] majuscules, chiffres, « # », « - » et « / »
       *[cset64] caractères base64url
    }). Scannez de nouveau la boîte ; si l'erreur persiste, le code est mal imprimé.

# A character beyond ASCII, as a scanner typing on a non-US keyboard layout sends.
# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character-keyboard = L'AI ({ $ai }) { $title } contient { $what ->
        [space] une espace
        [gs] un séparateur de groupe (GS)
        [control] le caractère de contrôle { $char }
        [end] la fin des données
        [byte] l'octet { $char }
       *[char] « { $char } »
    }, ce qui n'est pas autorisé à cet endroit ({ $charset ->
        [numeric] uniquement des chiffres
        [cset82] lettres, chiffres et ponctuation GS1
        [cset39] majuscules, chiffres, « # », « - » et « / »
       *[cset64] caractères base64url
    }). Un lecteur en émulation clavier avec une disposition non américaine peut produire de tels caractères : réglez-le en mode clavier universel ou USB-COM.

## scan.decode.lint: a value that breaks its AI's rule
#
# Every one says the AI, its title and the value: "$ai (text): the AI", "$title (text): its
# GS1 title", "$value (text): the value as scanned".

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
# $expected (text): the check digit it should have
scan-decode-lint-check_digit = L'AI ({ $ai }) { $title } « { $value } » : la clé de contrôle est fausse (le dernier chiffre devrait être { $expected }). Le code est mal imprimé ou mal lu ; scannez-le de nouveau ou saisissez le numéro imprimé sur la boîte.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-check_pair = L'AI ({ $ai }) { $title } « { $value } » : la paire de caractères de contrôle est fausse.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-iban = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas un IBAN valide.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-day_zero = L'AI ({ $ai }) { $title } « { $value } » : le jour 00 n'est pas admis dans cette date.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yymmdd = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas une date réelle (AAMMJJ).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yyyymmdd = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas une date réelle (AAAAMMJJ).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hhmi = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas une heure réelle (HHMM).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hour = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas une heure réelle.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-minute = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas une minute ou une seconde réelle.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas un code pays ISO 3166.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country_alpha2 = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas un code pays à deux lettres.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-currency = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas un code de devise ISO 4217.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-sex = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas un code de sexe ISO 5218.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yes_no = L'AI ({ $ai }) { $title } « { $value } » : la valeur doit être 0 (non) ou 1 (oui).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_zero = L'AI ({ $ai }) { $title } « { $value } » : la valeur ne doit pas être zéro.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero = L'AI ({ $ai }) { $title } « { $value } » : la valeur doit être 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-winding = L'AI ({ $ai }) { $title } « { $value } » : le sens d'enroulement doit être 0, 1 ou 9.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-piece_of_total = L'AI ({ $ai }) { $title } « { $value } » : le numéro de pièce doit être compris entre 1 et le nombre total de pièces.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-percent = L'AI ({ $ai }) { $title } « { $value } » : un « % » doit être suivi de deux chiffres hexadécimaux.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hyphen = L'AI ({ $ai }) { $title } « { $value } » : la valeur doit être un trait d'union.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-latitude = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas une latitude valide.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-longitude = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas une longitude valide.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_digit = L'AI ({ $ai }) { $title } « { $value } » : la valeur doit contenir au moins un caractère qui n'est pas un chiffre.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero_prefix = L'AI ({ $ai }) { $title } « { $value } » : la valeur ne doit pas commencer par 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-importer_index = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas un index d'importateur valide.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-media_type = L'AI ({ $ai }) { $title } « { $value } » : ce n'est pas un type de support AIDC valide.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-position_in_sequence = L'AI ({ $ai }) { $title } « { $value } » : la valeur doit être une position et un total, par exemple 1/2.
## settings: the site's settings

# $field (text): the substitutes field
# $substitute (text): the substitute refused
settings-gs_substitute_unusable = « { $substitute } » ne peut pas remplacer le séparateur de groupe : un numéro de série peut le contenir, ou il est vide. Utilisez un caractère comme ~ ou une séquence comme <GS>.

# $field (text): the short-dated window field
# $days (number): what was given
# $max (number): the longest window
settings-short_dated_days_out_of_range = Le délai de péremption proche va de 0 à { $max } jours, pas { $days }.

# $field (text): the price tolerance field
# $percent (number): what was given
# $max (number): the largest tolerance
settings-price_tolerance_out_of_range = La tolérance de prix va de 0 à { $max } %, pas { $percent } %.
settings-currency_unknown = « { $currency } » n’est pas une devise en usage : indiquez son code ISO 4217 de trois lettres, par exemple EUR, USD ou XOF.

## files: files written for a person

# $path (text): the file
files-exists = { $path } existe déjà : confirmez pour le remplacer, ou choisissez un autre nom.

# $path (text): the file
files-open_database = { $path } est la base de données ouverte (ou son journal) : choisissez un autre nom.

# $path (text): the path
files-not_a_file = { $path } est un dossier, pas un fichier : indiquez un nom de fichier.

# $path (text): the file
# $reason (text): what the system said
files-io = { $path } n'a pas pu être écrit : { $reason }

# $field (text): the folder field
# $path (text): the folder
files-backup_beside_database = { $path } contient la base de données ouverte : gardez les sauvegardes dans un dossier à part (un sous-dossier comme backups, ou un autre disque).

## recall, count, levels, report, stock, epcis, user, site (api checks before core)

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
recall-gtin_unreadable = « { $gtin } » n'est pas un GTIN : { $reason }

# $field (text): the scan field
# $reason (text): why the code could not be read
recall-scan_unreadable = Le scan n'a pas pu être lu : { $said } Scannez de nouveau la boîte.

# $field (text): the scan field
# $recall (text): the recall number
recall-scan_not_a_pack = Ce code ne désigne pas une boîte précise (il n'a pas de GTIN ou pas de numéro de série) : scannez le code 2D de la boîte, ou enregistrez l'issue pour son lot ou son emplacement dans le rappel de lot { $recall }.

# $field (text): the scan field
# $gtin (text): the scanned pack's GTIN
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_not_affected = Hors du rappel de lot { $recall } : la boîte { $gtin } de numéro de série { $serial } n'est pas concernée. Remettez-la en place ; rien n'a été enregistré.

# $field (text): the outcome field
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_found = La boîte de numéro de série { $serial } vient d'être scannée, elle a donc été retrouvée : choisissez ce qu'elle devient (retour fournisseur ou destruction) pour le rappel de lot { $recall }, et non « Non retrouvé ». Rien n'a été enregistré.

# $field (text): the scan field
# $serial (text): the pack's serial
# $recall (text): the recall number
# $outcome (text): the outcome or status already recorded
recall-pack_resolved = La boîte de numéro de série { $serial } est déjà traitée dans le rappel de lot { $recall } ({ $outcome ->
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [notified] destinataire informé
        [not_found] non retrouvée
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [missing] manquante
       *[other] { $outcome }
    }) : rien n'a été enregistré de nouveau.

# $field (text): the meaning field
# $meaning (text): the meaning given
recall-close_meaning = La clôture d'un rappel de lot se signe comme approuvée ou vérifiée, pas comme { $meaning ->
        [performed] effectuée
        [approved] approuvée
        [reviewed] vérifiée
       *[other] { $meaning }
    }.

# $field (text): the meaning field
# $meaning (text): the meaning given
count-apply_meaning = L'application d'un inventaire se signe comme approuvée ou vérifiée, pas comme { $meaning ->
        [performed] effectuée
        [approved] approuvée
        [reviewed] vérifiée
       *[other] { $meaning }
    }.

# $field (text): the file field
# $file (text): the name given
report-file_name = « { $file } » n'est pas un nom de fichier : indiquez un nom comme stock.pdf, sans dossier.

# $field (text): the file field
# $file (text): the name given
report-file_extension = Terminez le nom de fichier « { $file } » par .pdf (le rapport imprimable) ou .csv (ses lignes).

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
report-gtin_unreadable = « { $gtin } » n'est pas un GTIN : { $reason }

# $field (text): the serial field
report-serial_missing = Indiquez le numéro de série de la boîte.

# $title (text): the report
# $reason (text): what failed
report-render_failed = { $title } n'a pas pu être écrit dans un fichier : { $reason }

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
stock-gtin_unreadable = « { $gtin } » n'est pas un GTIN : { $reason }

# $field (text): the serial field
stock-serial_missing = Indiquez le numéro de série (ou un lot, pour l'historique d'un lot).

# $field (text): the lot field
stock-lot_missing = Indiquez le lot.

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
epcis-gtin_unreadable = « { $gtin } » n'est pas un GTIN : { $reason }

# $field (text): the end date field
epcis-days_reversed = L'export se termine avant de commencer : indiquez le jour le plus tardif en second.

# $field (text): the repeated password field
auth-passwords_differ = Les deux mots de passe diffèrent : saisissez deux fois le même mot de passe.

# $field (text): the username field
master-username_missing = Indiquez le nom d'utilisateur.

# $field (text): the occurred-time field
# $time (text): what was given
movement-occurred_unreadable = « { $time } » n'est pas une heure : écrivez-la sous la forme 2026-11-20T14:30:00+01:00.

# $field (text): the destination field
# $movement (text): the movement
movement-destination_not_used = { $movement ->
        [receive] Une réception
        [dispense] Une dispensation
        [return] Un retour
        [destroy] Une destruction
        [return_to_supplier] Un retour fournisseur
        [transfer] Un transfert
        [quarantine] Une mise en quarantaine
        [release] Une libération
       *[other] Un mouvement { $movement }
    } ne déplace pas de stock vers un autre emplacement : laissez la destination vide (seuls un transfert, une mise en quarantaine ou une libération en prennent une).

# $movement (text): the movement
movement-run_override_refused = L'écran Scanner lit les scans avec les paramètres du site ; depuis cet écran, { $movement ->
        [receive] une réception
        [dispense] une dispensation
        [transfer] un transfert
        [return] un retour
        [quarantine] une mise en quarantaine
        [release] une libération
        [destroy] une destruction
        [return_to_supplier] un retour fournisseur
       *[other] un mouvement { $movement }
    } ne peut pas apporter de paramètres propres (un gestionnaire de stock les modifie dans Paramètres).

## Replenishment: who supplies whom, pick lists, supplier orders

# $field (text): the supplying location field
# $supplier (text): the location code given
master-supplier_location_unknown = Il n'y a aucun emplacement { $supplier } pouvant approvisionner : choisissez une pharmacie ou un magasin.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplies_itself = { $location } ne peut pas s'approvisionner lui-même ({ $supplier }) : choisissez la pharmacie ou le magasin qui le réapprovisionne.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplier_location_inactive = { $supplier } n'est plus utilisé, il ne peut donc pas approvisionner { $location }.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
# $kind (text): what the location given is (ward, clinic, quarantine)
master-supplier_location_kind = { $supplier } est { $kind ->
        [ward] un service de soins
        [clinic] une consultation
        [quarantine] une zone de quarantaine
        [pharmacy] une pharmacie
        [store] un magasin
       *[other] un emplacement de type { $kind }
    } : seule une pharmacie ou un magasin peut approvisionner { $location }.

# $field (text): the location field
# $location (text): the location given
# $kind (text): what it is (pharmacy, store, quarantine)
master-supplied_not_ward = { $location } est { $kind ->
        [pharmacy] une pharmacie
        [store] un magasin
        [quarantine] une zone de quarantaine
        [ward] un service de soins
        [clinic] une consultation
       *[other] un emplacement de type { $kind }
    } : seuls un service de soins ou une consultation sont réapprovisionnés depuis un emplacement fournisseur.

# $field (text): the usual supplier field
# $supplier (text): the partner code given
master-usual_supplier_unknown = Il n'y a aucun fournisseur { $supplier } : ajoutez d'abord le fournisseur, ou choisissez-en un dans la liste.

# $reason (text): why the proposal could not be written
replenish-proposal_unwritable = La liste de préparation n'a pas pu être enregistrée : { $reason }.

# $list (number): the pick list's number
replenish-pick_list_unknown = Il n'y a aucune liste de préparation { $list }.

# $list (text): the pick list's reference (PICK-n)
replenish-pick_list_replaced = La liste { $list } a été remplacée par une liste de préparation plus récente : préparez à partir de la plus récente.

# $field (text): the scan field
# $reason (text): what the decoder found
replenish-pick_unreadable = Ce scan ne peut pas être lu : { $reason }. Rien n'a été enregistré.

# $product (text): the product scanned (name or GTIN)
# $list (text): the pick list's reference
replenish-pick_not_on_list = { $product } ne figure pas sur la liste { $list } : remettez-le en place. Rien n'a été enregistré.

# $product (text): the product scanned
# $location (text): the ward its line is for
replenish-pick_line_complete = { $product } pour { $location } est déjà préparé : remettez cette boîte en place. Rien n'a été enregistré.

# $product (text): the product whose order line does not fit
replenish-order_total_too_large = Le total de commande de { $product } est trop élevé pour être calculé : vérifiez son prix contractuel et les niveaux qui le demandent. Aucune commande n'a été passée.

replenish-orders_total_too_large = Le total des commandes fournisseurs du jour est trop élevé pour être calculé : vérifiez les prix contractuels et les niveaux. Aucune commande n'a été imprimée.

# $product (text): the product scanned
# $ward (text): the ward named as being picked for
# $list (text): the pick list's reference
replenish-pick_not_for_ward = { $product } ne figure pas sur la liste { $list } pour { $ward } : remettez-le en place, ou choisissez un autre service. Rien n'a été enregistré.

# $product (text): the product scanned
# $location (text): where the pack is recorded in stock
# $from (text): the locations the product's open lines are picked from
replenish-pick_not_from_here = Cette boîte de { $product } est enregistrée à { $location }, mais ses lignes ouvertes sur cette liste de préparation sont préparées depuis { $from } : elle ne peut pas les servir. Préparez depuis { $from } ; rien n'a été enregistré.

# $product (text): the product scanned
# $wards (text): the wards still open for it ("WARD-3A and WARD-4B")
replenish-pick_choose_ward = { $product } figure sur cette liste de préparation pour { $wards } : choisissez pour quel service vous préparez. Rien n'a été enregistré.

# $product (text): the product scanned
# $expiry (text): its expiry date
replenish-pick_expired = Cette boîte de { $product } est périmée depuis le { $expiry } : ne l'envoyez jamais dans un service. Mettez-la de côté ; rien n'a été enregistré.

# $field (text): the quantity field
# $quantity (number): the quantity scanned
# $left (number): what the line still wants
# $product (text): the product
replenish-pick_more_than_wanted = { $quantity ->
        [one] { $quantity } unité
       *[other] { $quantity } unités
    } de { $product }, c'est plus que les { $left } restant à préparer : saisissez au plus { $left }.

## national: the national verification systems (EU NMVS, US VRS)

# $field (text): the setting at fault
# $check (text): the word given
national-check_invalid = « { $check } » n'est pas un moment de vérification : choisissez off, at_dispense, at_receipt ou decommission_at_receipt.

# $field (text): the setting at fault
# $market (text): the market given
national-market_invalid = « { $market } » n'est pas un système national : écrivez US, ou EU- suivi du code du pays en deux majuscules (EU-DE).

# $field (text): the setting at fault
# $check (text): the moment chosen
national-market_missing = Pour vérifier { $check }, choisissez d'abord le système national dont relève le site.

# $field (text): the setting at fault
# $market (text): the market chosen
national-dispense_needs_eu = { $market } ne reçoit pas de désactivations : seul un site de l'UE désactive, à la dispensation ou à la réception. Choisissez at_receipt ou off.

# $id (number): the request
national-request_not_waiting = La demande de vérification { $id } n'est plus en attente : elle a déjà reçu sa réponse, ou elle n'existe pas.

# $id (number): the request
national-request_not_failed = La demande de vérification { $id } n'a pas échoué : il n'y a rien à réessayer. Seule une demande refusée est remise en file, une fois corrigé ce qui l'a fait refuser.

# $id (number): the failed request
# $later (number): the request queued after it
national-retry_queued = La demande de vérification { $id } n'est pas remise en file : la demande { $later } pour la même boîte a été mise en file après elle et en tient lieu (une seconde désactivation déclencherait une alerte de falsification).

# $id (number): the failed request
# $standing (number): the earlier decommission that still stands
national-retry_decommission_stands = La demande de vérification { $id } n'est pas remise en file : la désactivation { $standing } de la boîte vaut toujours auprès du système national (son annulation n'a pas abouti), et une seconde désactivation déclencherait une alerte de falsification. Annulez d'abord la première, puis réessayez.

# $field (text): the setting at fault
# $hours (number): the hours given
# $max (number): the longest window
national-window_invalid = { $hours } heures n'est pas un délai de désactivation : choisissez de 1 à { $max } heures.

# $path (text): the file
# $reason (text): what is wrong, and where
national-config_invalid = Le fichier des systèmes nationaux { $path } est inutilisable : { $reason }. Rien n'a été envoyé ; la file attend que le fichier soit corrigé.

# $path (text): the lock file
# $reason (text): why
national-drainer_running = Un autre Custody (l'application ou une ligne de commande) envoie déjà les demandes de vérification de cette base : { $reason } ({ $path }). Un seul envoie à la fois, pour qu'aucune demande ne parte deux fois.

# $path (text): the lock file, or the database
# $reason (text): why
national-drainer_unavailable = Les demandes de vérification de cette base ne peuvent pas être envoyées : { $reason } ({ $path }). Elles attendent dans la file.

# $path (text): the file looked for
# $reason (text): why
national-not_configured = Aucun système national n'est configuré pour cette base : { $path } ({ $reason }). Les demandes attendent dans la file ; la forme du fichier est dans le README, « National verification ».

# $serial (text): the pack's serial
national-pack_state_unreadable = L'état de la boîte { $serial } est illisible : l'alerte n'a pas pu la bloquer. Lancez custody verify.

## sync: the site's side of the hospital network

# $seq (number): the event
# $detail (text): what does not match
sync-ledger_changed = L'événement { $seq } de ce registre a été modifié après son enregistrement ({ $detail }) : il n'est donc pas envoyé au serveur central. Lancez custody verify et appelez l'administrateur du serveur central.

# $seq (number): the position asked for
sync-no_such_event = Le registre de ce site n'a pas d'événement { $seq }.

sync-no_site = Cette base de données n'a pas encore de site : configurez-le avant qu'il rejoigne le réseau.

# $hub (text): the hub the site is enrolled with
sync-already_enrolled = Ce site est déjà inscrit auprès du serveur central { $hub }. Pour l'inscrire de nouveau (après que l'administrateur du serveur central a résolu une divergence, ou pour passer à un autre serveur central), indiquez-le explicitement : custody sync enrol --re-enrol.

sync-not_enrolled = Ce site n'est inscrit auprès d'aucun serveur central : un administrateur l'inscrit avec le code que donne l'administrateur du serveur central (custody sync enrol).

# $state (text): the state given
sync-not_a_refusal = { $state } n'est pas un état de refus du serveur central.

# $url (text): the address tried
# $detail (text): what the network said
sync-hub_unreachable = Le serveur central n'a pas pu être joint à { $url } ({ $detail }). Vérifiez l'adresse et le réseau, puis réessayez.

# $site (text): this database's site code
sync-enrolment_code_refused = Le serveur central n'a pas accepté ce code d'inscription : il est inconnu, déjà utilisé, expiré, ou destiné à un autre site que celui de cette base de données, { $site }. Demandez à l'administrateur du serveur central un code pour le site { $site } (custody-hub site code { $site }).

# $url (text): the address asked
# $code (text): the hub's refusal code
# $detail (text): the hub's refusal in words
sync-hub_refused = Le serveur central a refusé ({ $url }, { $code }) : { $detail }.

# $url (text): the address asked
# $status (number): the HTTP status of the answer
# $detail (text): what was wrong with the answer
sync-hub_answer = La réponse de { $url } (statut { $status }) ne suit pas le protocole du réseau ({ $detail }) : vérifiez que l'adresse est bien celle du serveur central.

# $field (text): the hub address field
# $hub (text): what was given
sync-bad_hub_address = { $hub } n'est pas une adresse de serveur central : indiquez-la sous la forme https://hôte:port (ou http:// sur un réseau de confiance).

# $url (text): the address tried
# $detail (text): what the TLS library said of the hub's certificate
sync-hub_untrusted = Le serveur central à { $url } a présenté un certificat auquel ce site ne fait pas confiance ({ $detail }). Si le serveur central utilise l'autorité de certification propre à l'hôpital, définissez CUSTODY_HUB_CA avec le certificat de cette autorité (un fichier PEM) ; sinon, appelez l'administrateur du serveur central : ce n'est peut-être pas le serveur central.

# $path (text): the CA file named by CUSTODY_HUB_CA
# $why (text): what is wrong with it
sync-hub_ca_unusable = Le fichier d'autorité de certification du serveur central { $path } (désigné par CUSTODY_HUB_CA) est inutilisable ({ $why }).

# $detail (text): what the system said
sync-key_not_made = La clé de signature du site n'a pas pu être créée ({ $detail }).

# $cursor (number): where the site's pull cursor stands
# $after (number): where the page was pulled from
sync-pull_moved = Les modifications du serveur central ont été récupérées à partir de { $after }, mais ce site les a déjà intégrées jusqu'à { $cursor } (une autre récupération tournait en même temps) : rien n'a été appliqué ; récupérez de nouveau.

# $detail (text): what the site cannot take, and where
sync-feed_invalid = Le serveur central a envoyé une modification que ce site ne peut pas intégrer ({ $detail }) : rien de la page n'a été appliqué. Appelez l'administrateur du serveur central.

# $seq (number): the first event the hub sent back
# $expected (number): this ledger's next event
sync-restore_not_next = Le serveur central a renvoyé des événements à partir de { $seq }, mais le prochain événement de ce registre est { $expected } : rien n'a été écrit. Relancez custody sync restore.

# $detail (text): what does not check, naming the event
sync-restore_bad_chain = Les événements renvoyés par le serveur central ne font pas suite au dernier événement de ce registre ({ $detail }) : rien n'a été écrit. Appelez l'administrateur du serveur central.

# $seq (number): the event pulled back
# $kind (text): product, location, partner or user
# $key (text): the GTIN, code or username the event names
sync-restore_unknown_key = L'événement { $seq } du serveur central nomme { $kind ->
        [product] le produit
        [location] l'emplacement
        [partner] le partenaire
        [user] l'utilisateur
       *[other] l'élément { $kind }
    } { $key }, que le fichier de ce site ne contient pas : rien n'a été écrit. Remettez { $kind ->
        [product] ce produit
        [location] cet emplacement
        [partner] ce partenaire
        [user] cet utilisateur
       *[other] cet élément
    } tel que le site l'avait lorsqu'il a enregistré cet événement, puis relancez custody sync restore.

# $seq (number): the event pulled back
# $what (text): the field
# $detail (text): what it holds, or why it does not read
sync-restore_unreadable = L'événement { $seq } du serveur central contient un champ { $what } que cette version de Custody ne sait pas lire ({ $detail }) : rien n'a été écrit. Mettez Custody à jour, puis relancez custody sync restore.

# $user (text): the administrator's username
sync-rebuild_admin_not_on_ledger = Le registre du site ne fait pas de { $user } un administrateur actif de ce site : un site perdu est reconstruit par l'un de ses propres administrateurs, sous le nom d'utilisateur que son registre indique. La nouvelle base de données a été retirée ; demandez à l'administrateur du serveur central un nouveau code à usage unique.

sync-rebuild_not_empty = Un site n'est reconstruit depuis le serveur central que dans une base de données nouvelle et vide : choisissez un fichier qui n'existe pas encore.

# $message (text): why the rebuild stopped
sync-rebuild_incomplete = Le site n'a pas pu être reconstruit depuis le serveur central ({ $message }) : la nouvelle base de données a été retirée. Demandez à l'administrateur du serveur central un nouveau code à usage unique (custody-hub site code) et réessayez.

## i18n: the languages Custody speaks

# $field (text): the language field
# $language (text): the tag asked for
# $languages (text): the tags Custody speaks
auth-language_unknown = Custody ne parle pas { $language } : choisissez parmi { $languages }.

## verdict: what a scan found
#
# Ce qu'un scan a trouvé (verdict, constats, réponse d'un scan d'inventaire) : les statuts
# ([in_stock], [quarantined], …), les mouvements ([receive], [dispense], …) et les classes de
# rappel ([withdrawal]) arrivent sous forme de codes et sont dits en toutes lettres ici. Une
# boîte est féminine : les statuts s'accordent avec elle.

# Nothing was found and nothing recorded.
verdict-ok = Accepté.

# $product (text): the product's name
# $movement (text): the movement recorded (receive, dispense, transfer, return, quarantine, release, destroy, return_to_supplier)
verdict-recorded = { $product } : { $movement ->
        [receive] réception enregistrée
        [dispense] dispensation enregistrée
        [transfer] transfert enregistré
        [return] retour en stock enregistré
        [quarantine] mise en quarantaine enregistrée
        [release] libération enregistrée
        [destroy] destruction enregistrée
        [return_to_supplier] retour fournisseur enregistré
       *[other] { $movement } enregistré
    }.

# Said after the finding that held the pack.
verdict-held = Mise en quarantaine.

# Said after the finding that held the pack.
# $location (text): the quarantine location's code
verdict-held-at = Mise en quarantaine ({ $location }).

# The decoder's own sentence (a "scan.decode." code above), said in the session's language.
# $reason (text): why the decoder refused the scan (given as its code and arguments)
verdict-decode_error = { $reason }

# $gtin (text): the GTIN scanned
verdict-unknown_product = Le GTIN { $gtin } n'est pas dans la liste des produits. Ajoutez le produit, puis scannez de nouveau la boîte.

# $pzn (text): the PZN scanned (German national code)
verdict-unknown_product-pzn = Le PZN { $pzn } n'est pas dans la liste des produits. Ajoutez le produit, puis scannez de nouveau la boîte.

# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator = L'AI ({ $ai }) « { $value } » contient « { $rest }… », qui est peut-être l'AI ({ $embedded }) accolé : le lecteur a peut-être supprimé un séparateur de groupe. Vérifiez le texte imprimé sur la boîte.

# $product (text): the product's name
# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator-no_serial = { $product } est sérialisé, mais ce scan n'a pas de numéro de série. L'AI ({ $ai }) « { $value } » contient « { $rest }… », qui est peut-être l'AI ({ $embedded }) accolé : le lecteur a peut-être supprimé un séparateur de groupe. Vérifiez le texte imprimé sur la boîte.

# $product (text): the product's name
verdict-missing_serial = { $product } est sérialisé : scannez le code 2D (Data Matrix) de la boîte, pas son code-barres linéaire.

# $product (text): the product's name
verdict-missing_lot = { $product } est suivi par lot : scannez un code qui porte le lot, ou saisissez-le.

# $lot (text): the lot
# $recorded (text): the expiry recorded for the lot
# $scanned (text): the expiry the pack's code gives
verdict-expiry_mismatch = Le lot { $lot } a été enregistré avec la date de péremption { $recorded }, mais cette boîte indique { $scanned } : la boîte est peut-être falsifiée. Mettez-la de côté pour le responsable qualité.

# $serial (text): the pack's serial number
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled = La boîte { $serial } fait l'objet du rappel de lot { $recall } ({ $class ->
        [withdrawal] retrait du marché
       *[other] classe { $class }
    }) : ne l'utilisez pas. Mettez-la de côté en quarantaine pour le responsable qualité.

# $lot (text): the lot
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled-lot = Le lot { $lot } fait l'objet du rappel de lot { $recall } ({ $class ->
        [withdrawal] retrait du marché
       *[other] classe { $class }
    }) : ne l'utilisez pas. Mettez-le de côté en quarantaine pour le responsable qualité.

# $expiry (text): the expiry date
verdict-expired = Périmé depuis le { $expiry }. Ne l'utilisez pas ; mettez-le en quarantaine ou détruisez-le.

# $expiry (text): the expiry date
# $days (number): days from today to the expiry
verdict-short_dated = Péremption proche : expire le { $expiry }, dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.

# A receipt of a pack already held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial = La boîte { $serial } est déjà { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    }{ $located ->
        [yes] {" "}à l'emplacement { $location }
       *[no] {""}
    } : c'est une boîte en double ou clonée. Mettez-la de côté pour le responsable qualité.

# A ward return of a pack still held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial-return = La boîte { $serial } est déjà { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    }{ $located ->
        [yes] {" "}à l'emplacement { $location }
       *[no] {""}
    } : elle ne peut pas être retournée une seconde fois.

# A receipt of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned = La boîte { $serial } a déjà été { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    } : une boîte ne peut pas revenir. Elle est peut-être réutilisée ou clonée ; mettez-la de côté pour le responsable qualité.

# A ward return of a pack destroyed or sent back.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned-return = La boîte { $serial } a été { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    } : elle ne peut pas être remise en stock.

# Any other movement of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $movement (text): the movement asked for (dispense, transfer, quarantine, destroy, return_to_supplier)
verdict-already_decommissioned-again = La boîte { $serial } a déjà été { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    } : elle ne peut pas être { $movement ->
        [receive] réceptionnée
        [dispense] dispensée
        [transfer] transférée
        [return] retournée en stock
        [quarantine] mise en quarantaine
        [release] libérée
        [destroy] détruite
        [return_to_supplier] retournée au fournisseur
       *[other] { $movement }
    } de nouveau. Elle est peut-être réutilisée ou clonée ; mettez-la de côté pour le responsable qualité.

# A dispense of a pack the national system holds as taken out of the supply chain for another reason than a supply.
# $serial (text): the pack's serial number
# $reason (text): the decommission's reason (stolen, sample, free_sample, destroyed, exported, locked)
verdict-already_decommissioned-nationally = La boîte { $serial } est désactivée dans le système national comme { $reason ->
        [stolen] volée
        [sample] échantillon pour les autorités
        [free_sample] échantillon gratuit
        [destroyed] détruite
        [exported] exportée
        [locked] bloquée
       *[other] { $reason }
    } : elle ne doit pas être délivrée. Mettez-la en quarantaine comme suspecte et prévenez l'assurance qualité.

# A receipt of a pack a count recorded missing.
# $serial (text): the pack's serial number
verdict-not_in_stock-missing = La boîte { $serial } avait été enregistrée manquante lors d'un inventaire ; elle est de nouveau réceptionnée.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-not_in_stock = La boîte { $serial } n'est pas en stock ici (elle est { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    }).

# $serial (text): the pack's serial number
verdict-not_in_stock-never_received = La boîte { $serial } n'a jamais été réceptionnée ici. Réceptionnez-la d'abord, ou mettez-la de côté si elle ne devrait pas être là.

# A release of a pack that is not in quarantine.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-not_quarantined = La boîte { $serial } est { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    }{ $located ->
        [yes] {" "}à l'emplacement { $location }
       *[no] {""}
    }, pas en quarantaine.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-quarantined = La boîte { $serial } est en quarantaine{ $located ->
        [yes] {" "}à l'emplacement { $location }
       *[no] {""}
    } : elle ne peut pas être utilisée.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-wrong_location = La boîte { $serial } est enregistrée{ $located ->
        [yes] {" "}à l'emplacement { $location }
       *[no] {""}
    }, pas ici. Déplacez-la d'abord par un transfert, ou forcez si l'enregistrement est faux.

# $serial (text): the pack's serial number
verdict-already_scanned = Déjà scannée : la boîte { $serial } vient d'être enregistrée et n'est comptée qu'une fois. Rien de plus n'a été enregistré.

# $serial (text): the pack's serial number (empty for a lot-tracked pack)
verdict-tamper_broken = La boîte { $serial } a un dispositif antieffraction rompu : elle n'est pas délivrée. Une boîte détenue ici est mise en quarantaine comme suspecte ; remettez-la à l'AQ.

# Said after a return is recorded.
# $serial (text): the pack's serial number
# $days (number): the days after a decommission its undo is allowed
verdict-undo_too_late = La boîte { $serial } a été désactivée au niveau national il y a plus de { $days } jours : le système national n'accepte plus son annulation, elle y reste donc désactivée. Elle est de nouveau en stock ici et ne sera pas désactivée une seconde fois.

# $have (number): how many of the lot there are
# $lot (text): the lot
# $status (text): the stock asked about (in_stock, or quarantined for a release)
# $location (text): the location's code
# $quantity (number): how many were asked for
verdict-insufficient_quantity = Il n'y a que { $have } du lot { $lot } { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    } à l'emplacement { $location } ; { $quantity } demandé(s).

# $packs (number): expired packs (or lot quantity) still on the shelf
# $location (text): the location's code
# $oldest (text): the oldest expiry among them
verdict-expired_on_shelf = { $packs ->
        [one] { $packs } boîte périmée de ce produit est encore
       *[other] { $packs } boîtes périmées de ce produit sont encore
    } en rayon à l'emplacement { $location } (péremption la plus ancienne : { $oldest }) : mettez-les en quarantaine.

# Asked before a dispense out of first-expiry order.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo = Une boîte de ce produit qui se périme plus tôt se trouve à l'emplacement { $location } : lot { $has_lot ->
        [yes] { $lot }
       *[no] sans lot
    }, péremption { $expiry } ({ $packs ->
        [one] { $packs } boîte se périme
       *[other] { $packs } boîtes se périment
    } plus tôt). Scannez de nouveau cette boîte ou appuyez sur Entrée pour la dispenser quand même ; sinon, scannez plutôt la boîte qui se périme plus tôt.

# The person's answer to verdict-fefo, kept with the dispense.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo-confirmed = Dispensée avant une boîte qui se périme plus tôt à l'emplacement { $location } (lot { $has_lot ->
        [yes] { $lot }
       *[no] sans lot
    }, péremption { $expiry } ; { $packs ->
        [one] { $packs } boîte
       *[other] { $packs } boîtes
    } en tout) : choix de l'opérateur.

# $serial (text): the pack's serial number
verdict-unexpected = Absente de la livraison attendue : la boîte { $serial } est réceptionnée, mais vérifiez-la avec le fournisseur.

verdict-unexpected-lot = Absent de la livraison attendue : ce lot est réceptionné, mais vérifiez-le avec le fournisseur.

# $listed (number): how many more of the lot the despatch advice lists
# $lot (text): the lot
# $quantity (number): how many are received
# $over (number): how many are over
verdict-unexpected-over = L'avis d'expédition annonce encore { $listed } du lot { $lot } ; { $quantity } sont réceptionnés : les { $over } en trop sont enregistrés comme inattendus.

# $listed_lot (text): the lot the despatch advice gives ("-" for none)
# $listed_expiry (text): the expiry it gives ("-" for none)
# $lot (text): the lot the pack gives ("-" for none)
# $expiry (text): the expiry the pack gives ("-" for none)
verdict-differs_from_advice = L'avis d'expédition annonce cette boîte avec le lot { $listed_lot } et la péremption { $listed_expiry }, mais la boîte indique le lot { $lot } et la péremption { $expiry } : réceptionnée, non rapprochée.

# $supplier (text): the supplier's name
# $cost (text): the unit cost charged, with two decimals
# $contract (text): the contract price, with two decimals
verdict-price_above_contract = { $supplier } a facturé { $cost } pour un prix contractuel de { $contract }.

# $product (text): the product's name
verdict-count-missing_serial = { $product } est sérialisé et ce code n'a pas de numéro de série (un code-barres linéaire ?) : scannez le code 2D de la boîte pour la compter.

# $product (text): the product's name
verdict-count-missing_lot = { $product } est compté par lot et ce code n'a pas de lot : scannez un code qui porte le lot.

# $product (text): the product's name
# $lot (text): the lot
# $total (number): counted so far of the lot
verdict-count-quantity_needed = { $product } lot { $lot } : combien ? ({ $total ->
        [one] { $total } déjà compté
       *[other] { $total } déjà comptés
    }.)

verdict-count-no_product = Ce code ne désigne aucun produit (une étiquette d'expédition, pas une boîte) : scannez le code propre à la boîte.

verdict-count-unknown_product = Ce produit n'est pas dans la liste des produits ; mettez la boîte de côté et ajoutez le produit.

# $product (text): the product's name
verdict-count-not_in_count = { $product } ne fait pas partie de cet inventaire.

# $product (text): the product's name
# $lot (text): the lot
# $quantity (number): how many this scan counts
# $total (number): counted so far of the lot
verdict-count-lot_counted = { $product } lot { $lot } : { $quantity ->
        [one] { $quantity } compté
       *[other] { $quantity } comptés
    }, { $total } au total jusqu'ici.

# $serial (text): the pack's serial number
verdict-count-already_counted = La boîte { $serial } a déjà été comptée : elle ne compte qu'une fois.

# $product (text): the product's name
verdict-count-counted = { $product } : compté.

# $product (text): the product's name
verdict-count-counted-arrived_since = { $product } : compté (arrivé après le début de l'inventaire).

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $location (text): where the ledger has it (a location's code, or ?)
verdict-count-elsewhere = La boîte { $serial } est enregistrée { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    } à l'emplacement { $location } : comptée ici ; l'inventaire la déplacera.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-count-wrong_status = La boîte { $serial } est enregistrée { $status ->
        [in_stock] en stock
        [quarantined] en quarantaine
        [dispensed] dispensée
        [transferred_out] transférée hors du site
        [returned_to_supplier] retournée au fournisseur
        [destroyed] détruite
        [missing] manquante
       *[other] { $status }
    } : elle ne devrait pas être en rayon. Mettez-la de côté pour le responsable qualité.

# $serial (text): the pack's serial number
verdict-count-not_received = La boîte { $serial } n'a jamais été réceptionnée ici : mettez-la de côté pour le responsable qualité ; l'application de l'inventaire la placera en quarantaine comme suspecte.

# Said after the count scan's answer.
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-count-set_aside-recalled = Rappel de lot ({ $recall }, { $class ->
        [withdrawal] retrait du marché
       *[other] classe { $class }
    }) : à mettre de côté.

# Said after the count scan's answer.
# $expiry (text): the expiry date
verdict-count-set_aside-expired = Périmé le { $expiry } : à mettre de côté.

# Prices where they arrive (issue #23, contract prices per supplier, unit costs at receipt).

# $field (text): the price field at fault
# $value (text): the price as given
master-price_unreadable = « { $value } » n'est pas un prix : écrivez-le avec un point avant les décimales, par exemple 12.50.

# $field (text): the price field at fault
# $value (text): the price as given
master-price_below_zero = { $value } est négatif : un prix vaut 0 ou plus.

# $field (text): the price field at fault
# $value (text): the price as given
# $decimals (number): how many decimals the site's currency is written with
master-price_decimals = { $value } a trop de décimales : un prix dans la devise du site s'écrit { $decimals ->
        [0] sans décimales
        [1] avec une décimale
       *[other] avec { $decimals } décimales
    }.

# $field (text): the price field at fault
# $value (text): the price as given
# $currency (text): the site's currency (ISO 4217 code)
master-price_below_hundredths = { $value } : Custody garde les prix au centième de { $currency }, la troisième décimale doit donc être 0.

# $field (text): the price field at fault
# $max (number): the highest price allowed, in whole currency units
master-price_above_max = Le prix dépasse { $max } pour une boîte : vérifiez le montant (il s'exprime en unités de la devise, pas en centièmes).

# $field (text): the first-day field at fault
# $value (text): the day as given
master-valid_from_unreadable = « { $value } » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2026-12-01.
