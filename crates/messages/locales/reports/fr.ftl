# The words of Custody's reports in French — DRAFT for native review (issue #22). Translated
# from en.ftl by the developers with docs/translations/glossary.fr.md; not yet read by a
# French-speaking pharmacist. Send corrections as changes to this file.
#
# Ids and $arguments are English's; the comment lines are English's too, to keep the files
# comparable. Plurals: [one] holds 0 and 1, *[other] the rest. Typography as in ../fr.ftl: a
# no-break space (U+00A0) before ":", a narrow no-break space (U+202F) before ";". Numbers come
# already written the French way ("1 234,50"); dates stay ISO. A message is one line.

## Every report: the page, the header and footer, signature lines

# The footer of every page.
# $page (number): this page
# $pages (number): pages in all
report-page = Page { $page } sur { $pages }
# Under the title: when and by whom the report was made.
# $when (text): date and time, "2026-11-22 09:30 (UTC+01:00)"
# $user (text): the person's name and username, "Ada Admin (admin)"
report-generated = Établi le { $when } par { $user }
# Under the title: what data the report covers.
# $covers (text): what was selected and the ledger's position
report-covers = Périmètre : { $covers }
# The small line at the foot of every page.
# $report (text): the report's name on the command line, "recall-notice" (not translated)
# $when (text): date and time it was made
# $user (text): who made it
report-footer = Custody · { $report } · établi le { $when } par { $user }
# Under each signature line.
report-sign-name = Nom
report-sign-signature = Signature
report-sign-date = Date
# A table with no rows, or a list with nothing in it.
report-none = Néant.
report-yes = oui
report-no = non
# The end of every report's "Covers": the last event of the ledger it reads.
# $event (text): the event's number as printed, "1,234"
# $hash (text): the first 16 hex digits of its hash
report-ledger-up-to = registre jusqu'à l'événement { $event } (empreinte { $hash }…)
report-ledger-empty = registre vide
# A report about every location rather than one.
report-every-location = tous les emplacements
# A pack's status and where it is.
# $status (text): the status in words, "in stock"
# $location (text): location code
report-status-at = { $status } à { $location }
# Roles that sign several reports.
report-role-pharmacist = Pharmacien responsable
report-role-qa = Responsable qualité
# CSV headers of their own: the column naming each row's table when a report has several, and
# a label export's two columns.
report-csv-section = tableau
report-csv-label = étiquette
report-csv-element-string = chaîne d'éléments GS1
# The one page an Arabic PDF prints (in English and in French: the PDF writer cannot join Arabic
# letters); the report is printed from its preview in the app, where Arabic is shaped.
report-pdf-unavailable-title = Ce rapport n'est pas encore disponible en PDF en arabe
# $report (text): the report's name on the command line, "recall-notice" (not translated)
report-pdf-unavailable = Le rapport { $report } n'est pas encore disponible en PDF en arabe : ce PDF ne sait ni lier les lettres arabes ni composer les lignes de droite à gauche. Imprimez-le depuis son aperçu dans l'application : écran Rapports → aperçu → Imprimer. Son export CSV est en arabe.

## Column headers (also the CSV's header row)

col-product = Produit
col-gtin = GTIN
col-lot = Lot
col-serial = N° de série
col-expiry = Péremption
col-expires = Échéance
col-status = Statut
col-location = Emplacement
col-quantity = Quantité
col-qty = Qté
col-value = Valeur
money-amount = { $amount } { $currency }
money-column = { $title } ({ $currency })
col-note = Remarque
col-in-stock = En stock
col-quarantined = En quarantaine
col-on-hand = Disponible
col-usable = Utilisable
col-per-day = Par jour
col-days = Jours
col-runs-out = Rupture le
col-point-par = Seuil/cible
col-order = Commande
col-national-codes = Codes nationaux
col-manufacturer = Fabricant
col-scope = Périmètre
col-pulled = Retirée
col-done = Fait
col-when = Date et heure
col-what = Opération
col-by = Par
col-where = Lieu
col-document = Document
col-party = Tiers
col-party-or-reason = Tiers ou motif
col-reason = Motif
col-shipment = Livraison
col-outcome = Suite donnée
col-event = Événement
col-lines = Lignes
col-signed = Signé
col-hash = Empreinte
col-hash-sha256 = Empreinte (SHA-256)
col-chained-to = Chaînée à
col-check = Contrôle
col-serial-or-lot = Série ou lot
col-ledger-has = Selon le registre
col-expected = Attendu
col-counted = Compté
col-difference = Écart
col-movement = Mouvement
col-to = Vers
col-wanted = Demandé
col-take = À prendre
col-short = Manque
col-picked = Prélevé
col-supplier = Fournisseur
col-unit-price = Prix unitaire
col-line-total = Total ligne

## Words for what the ledger stores as codes

status-in-stock = en stock
status-quarantined = en quarantaine
status-dispensed = dispensée
status-transferred-out = transférée hors site
status-returned-to-supplier = retournée au fournisseur
status-destroyed = détruite
status-missing = manquante
outcome-returned-to-supplier = retournée au fournisseur
outcome-destroyed = détruite
outcome-notified = informé
outcome-not-found = introuvable
meaning-approved = approuvé
meaning-performed = effectué
meaning-reviewed = vérifié
event-receive = réception
event-transfer = transfert
event-dispense = dispensation
event-return = retour en stock
event-quarantine = mise en quarantaine
event-release = libération
event-destroy = destruction
event-return-to-supplier = retour fournisseur
event-count-adjust = ajustement d'inventaire
event-mark-suspect = signalement suspect
event-recall-close = clôture de rappel de lot
event-user-enrolled = utilisateur inscrit
event-user-added = utilisateur ajouté
event-user-role-changed = rôle modifié
event-user-disabled = utilisateur désactivé
event-user-enabled = utilisateur réactivé
event-clock-corrected = horloge corrigée
event-verify-checkpoint = point de vérification
class-i = Classe I
class-ii = Classe II
class-iii = Classe III
class-withdrawal = Retrait du marché

## Recall notice

# $number (text): recall number, "RCL-2026-0091"
recall-notice-title = Avis de rappel de lot { $number }
# $number (text): recall number
# $when (text): when it was entered, date and time
recall-notice-covers = rappel de lot { $number } tel que saisi le { $when }
recall-banner-urgent = URGENT : RAPPEL DE LOT DE MÉDICAMENT
recall-banner = RAPPEL DE LOT DE MÉDICAMENT
recall-banner-withdrawal = RETRAIT DU MARCHÉ
recall-fact-number = Numéro du rappel
recall-fact-class = Classe
recall-fact-issued-on = Émis le
recall-fact-issued-by = Émis par
recall-fact-product = Produit
recall-fact-reason = Motif
recall-fact-entered = Saisi
# $when (text): date and time
# $user (text): username
recall-entered = le { $when } par { $user }
# $class (text): the class, "Class I"
# $meaning (text): what the class means
recall-class-explained = { $class } : { $meaning }.
recall-class-meaning-i = probabilité raisonnable que l'utilisation entraîne des dommages graves ou la mort
recall-class-meaning-ii = l'utilisation peut entraîner des dommages temporaires ou médicalement réversibles
recall-class-meaning-iii = l'utilisation ne devrait pas entraîner de dommages
recall-class-meaning-withdrawal = problème mineur ; le produit est retiré du marché
recall-what-to-do = Que faire
recall-what-to-do-default = Cessez immédiatement de dispenser le produit concerné. Retirez chaque boîte concernée listée ci-dessous, cochez-la et placez-la en quarantaine. Assurez le suivi de chaque boîte sortie de la pharmacie.
recall-products-table = Produits rappelés
recall-products-empty = Aucun périmètre.
recall-product-unknown = (absent de la liste des produits)
recall-scope-every-lot = tous les lots
# $lots (text): the lots, "L1, L2"
recall-scope-lots = lots { $lots }
# $serials (number): serials named in the recall
recall-scope-serials = { $serials ->
    [one] { $serials } numéro de série listé ci-dessous
   *[other] { $serials } numéros de série listés ci-dessous
}
recall-summary = Synthèse
recall-sum-affected = Boîtes concernées
recall-sum-to-pull = À retirer des rayons (détenues ici, sans suite donnée)
recall-sum-not-quarantined = dont pas encore en quarantaine
recall-sum-dispensed = Dispensées ou délivrées
recall-sum-transferred = Envoyées à un autre site
recall-sum-returned = Retournées au fournisseur
recall-sum-destroyed = Détruites
recall-sum-missing = Déclarées manquantes
recall-sum-lot-to-pull = Quantité en lot à retirer
recall-sum-lot-issued = Quantité en lot délivrée, à suivre
recall-sum-expected = Encore attendues sur des livraisons en cours
recall-sum-not-received = Numéros de série visés jamais reçus
recall-sum-open = Éléments encore sans suite donnée
recall-to-pull-heading = Boîtes concernées à retirer, par emplacement
recall-nothing-to-pull = Plus aucune boîte concernée à retirer sur ce site : chacune de celles détenues ici a une suite donnée.
# $location (text): location code
# $count (number): packs to pull there
# $packs (text): the same, as printed
recall-to-pull-table = { $count ->
    [one] { $location } : { $packs } boîte à retirer
   *[other] { $location } : { $packs } boîtes à retirer
}
recall-lots-held-table = Quantités en lot détenues
recall-departed-heading = Dispensées et expédiées : suivi
recall-departed-table = Boîtes sorties de la pharmacie
recall-departed-empty = Aucune boîte concernée sortie de la pharmacie ne nécessite encore de suivi.
# $count (number): packs whose outcome is recorded
# $packs (text): the same, as printed
recall-departed-done = { $count ->
    [one] { $packs } boîte concernée a déjà sa suite donnée enregistrée (retournée, détruite, suivie) : le rapprochement la liste.
   *[other] { $packs } boîtes concernées ont déjà leur suite donnée enregistrée (retournées, détruites, suivies) : le rapprochement les liste.
}
recall-lots-issued-table = Quantités en lot délivrées
# $count (number): lot quantity whose outcome is recorded
# $quantity (text): the same, as printed
recall-lots-issued-done = Une quantité de { $quantity } du stock en lot délivré a déjà sa suite donnée enregistrée (suivie) : le rapprochement la liste.
recall-expected-table = Encore attendues sur des livraisons en cours : refuser ou mettre en quarantaine à l'arrivée
recall-sign-pulled = Stock retiré et contrôlé par

## Recall reconciliation

# $number (text): recall number
recall-closure-title = Rapprochement du rappel de lot { $number }
# $number (text): recall number
recall-closure-covers = rappel de lot { $number }, ses événements du registre et son suivi
recall-closure-fact-state = État
# $when (text): date and time
# $user (text): username
recall-closure-closed = clôturé le { $when } par { $user }
# $when (text): date and time
# $user (text): username
# $meaning (text): what the signature means, "approved"
recall-closure-closed-signed = clôturé le { $when } par { $user }, signé ({ $meaning })
# $count (number): items still needing an outcome
# $items (text): the same, as printed
recall-closure-open = { $count ->
    [one] ouvert : { $items } élément attend encore une suite
   *[other] ouvert : { $items } éléments attendent encore une suite
}
recall-closure-ready = ouvert : chaque élément a une suite donnée ; prêt à clôturer
recall-closure-outcome-open = OUVERT
recall-closure-outcome-resolved = résolu
recall-closure-packs-table = Boîtes concernées et suite donnée
recall-closure-packs-empty = Aucune boîte concernée.
recall-closure-lots-table = Quantités en lot concernées et suite donnée
recall-closure-events-table = Événements du registre liés à ce rappel de lot
recall-closure-events-empty = Aucun événement du registre ne se rapporte à ce rappel de lot.
recall-closure-notes-table = Suivi enregistré (sans mouvement de stock)
# $lot (text): lot code
recall-closure-note-lot = lot { $lot }

## Stock on hand

stock-title = Stock disponible
# $location (text): location code and name, "MAIN (Main store)"
# $date (text): ISO date
stock-covers-location = stock à { $location } au { $date }
# $date (text): ISO date
stock-covers-all = stock de tous les emplacements au { $date }
stock-fact-in-stock = En stock
stock-fact-expired = Dont périmé (à retirer)
stock-fact-quarantine = En quarantaine
stock-note-expired = PÉRIMÉ
stock-table-empty = Aucun stock.
stock-table-none = Stock détenu
stock-none-held = Aucun stock n'est détenu.

## Expiry report

expiry-title = Rapport de péremption
# $location (text): location code and name, or "every location"
# $windows (text): the alert windows in days, "30/90/180"
# $date (text): ISO date
expiry-covers = stock détenu à { $location }, périmé ou périmant sous { $windows } jours à compter du { $date }
expiry-fact-expired = Périmé, encore en stock
expiry-fact-value-expired = Valeur périmée
# $days (number): the widest alert window
expiry-fact-expiring = { $days ->
    [one] Périmant sous { $days } jour
   *[other] Périmant sous { $days } jours
}
expiry-fact-value-expiring = Valeur à péremption proche
expiry-explained = Le stock périmé doit être retiré des rayons et mis en quarantaine pour destruction ou retour. Les valeurs sont au prix contractuel par boîte.
expiry-table = Stock périmé ou à péremption proche
# $days (number): the widest alert window
expiry-table-empty = { $days ->
    [one] Rien de périmé ni de périmant sous { $days } jour.
   *[other] Rien de périmé ni de périmant sous { $days } jours.
}
# $days (number): days since it expired
expiry-days-ago = il y a { $days } j
# $days (number): days until it expires
expiry-days-left = dans { $days } j

## Shortages

shortages-title = Ruptures et commande suggérée
# $location (text): location code and name, or every location with a reorder rule
# $date (text): ISO date
shortages-covers = règles de réapprovisionnement à { $location }, consommation jusqu'au { $date }
shortages-every-location = tous les emplacements dotés d'une règle de réapprovisionnement
shortages-fact-count = Ruptures
shortages-fact-to-order = Boîtes à commander (jusqu'au niveau cible)
shortages-fact-window = Période de consommation
# $days (number): days in the window
# $first (text): ISO date
# $last (text): ISO date
shortages-window = { $days ->
    [one] { $days } jour (du { $first } au { $last })
   *[other] { $days } jours (du { $first } au { $last })
}
shortages-explained = Une rupture est une couverture utilisable (stock disponible qui sera utilisé avant sa péremption) inférieure au seuil de réapprovisionnement, ou un épuisement dans le délai de livraison. La commande suggérée ramène la couverture utilisable au niveau cible. Les plus urgentes d'abord.
shortages-table = Ruptures et commande suggérée
shortages-table-empty = Aucune rupture.
shortages-sign-prepared = Préparé par (gestionnaire de stock)
shortages-sign-ordered = Commandé par (achats)

## Count variance

# $count (text): the count's number, "COUNT-3"
count-title = Écarts d'inventaire { $count }
# $count (text): the count's number, "COUNT-3"
# $location (text): location code
count-covers = inventaire { $count } à { $location }
count-fact-location = Emplacement
count-fact-status = Statut
count-fact-started = Commencé
count-fact-started-by = Commencé par
count-fact-blind = À l'aveugle
count-fact-found = Boîtes trouvées comme attendu
count-fact-wrong-status = Statut erroné
count-fact-never-received = Jamais reçues
count-fact-lot-differences = Lots présentant un écart
count-fact-result = Résultat
count-status-open = ouvert
count-status-finished = terminé
count-status-applied = appliqué
count-status-abandoned = abandonné
count-result-clean = l'inventaire concorde avec le registre
count-result-differences = écarts à résoudre
count-missing-table = Manquantes
count-missing-empty = Aucune boîte ne manque.
count-unexpected-table = Trouvées ici, enregistrées ailleurs
count-wrong-status-table = Statut erroné (suspectes, ou retrouvées)
count-not-received-table = Jamais reçues ici (suspectes : mises en quarantaine à l'application)
count-left-table = Sorties pendant l'inventaire (justifiées)
count-never-received = jamais reçue
count-lots-table = Stock suivi par lot
count-lots-empty = Aucun stock suivi par lot n'a été compté.
count-sign-counted = Compté par
count-sign-reviewed = Vérifié par (gestionnaire de stock)

## Chain-of-custody certificate

# $gtin (text): GTIN-14
# $serial (text): serial
custody-title = Certificat de chaîne de traçabilité { $gtin } / { $serial }
# $gtin (text): GTIN-14
# $serial (text): serial
custody-covers = tous les événements du registre du GTIN { $gtin } numéro de série { $serial }
# Beside the DataMatrix.
# $gtin (text): GTIN-14
# $serial (text): serial
custody-code-line = GTIN { $gtin }  N° de série { $serial }
custody-fact-generic = Dénomination commune
custody-fact-now = Actuellement
custody-fact-flags = Alertes
custody-fact-events = Événements
custody-flag-expired = périmée
custody-flag-expiring = péremption proche
custody-flag-quarantined = en quarantaine
custody-flag-suspect = suspecte
custody-heading = Chaîne de traçabilité
custody-new = nouvelle
# $event (text): what the event was, "receive"
# $meaning (text): what the signature means, "approved"
custody-event-signed = { $event } (signé, { $meaning })
custody-no-event = Aucun événement.
custody-proof-heading = Preuve
# $result (text): what the check found
custody-proof = Chaque événement du registre est chaîné par empreinte : son empreinte SHA-256 couvre son contenu et l'empreinte de l'événement qui le précède sur ce site, si bien qu'aucun événement ne peut être modifié, supprimé ou inséré sans rompre la chaîne. Chaque événement ci-dessus a été contrôlé à l'établissement de ce certificat : son empreinte recalculée à partir de ce qui est enregistré, et son lien avec l'événement précédent. Résultat : { $result }.
custody-proof-intact = chaque événement est intact
# $events (text): the event numbers, "12, 14"
custody-proof-broken = LES ÉVÉNEMENTS { $events } NE CORRESPONDENT PAS À LEUR EMPREINTE ; ne vous fiez pas à cet enregistrement
custody-hashes-table = Empreintes du registre
custody-check-intact = intègre
custody-check-broken = ROMPU
custody-sign-certified = Certifié par (responsable qualité)
custody-warning = ATTENTION : le registre ne prouve pas cet enregistrement.

## Quarantine labels

# $count (number): labels
labels-title = Étiquettes de quarantaine ({ $count })
# $location (text): location code and name, or "every location"
labels-covers = boîtes en quarantaine à { $location }
labels-none = Aucune boîte n'est en quarantaine.
labels-quarantine = QUARANTAINE — NE PAS UTILISER
# $lot (text): lot code
# $expiry (text): ISO date
# $serial (text): serial
labels-pack = Lot { $lot }  Pér. { $expiry }  NS { $serial }
# $location (text): location code
# $reason (text): why it is held, as recorded
labels-held-at = En quarantaine à { $location } : { $reason }

## Audit extract

audit-title = Extrait d'audit
# $from (text): ISO date
# $to (text): ISO date
audit-covers-range = événements du { $from } au { $to }
# $from (text): ISO date
audit-covers-from = événements depuis le { $from }
# $to (text): ISO date
audit-covers-to = événements jusqu'au { $to }
audit-covers-all = tous les événements
# $user (text): username
audit-covers-user = par { $user }
# $location (text): location code and name
audit-covers-location = à { $location }
audit-fact-events = Événements
audit-table = Événements du registre
audit-table-empty = Aucun événement ne correspond.

## Pick list

# $list (text): the pick list's reference, "PICK-3"
pick-list-title = Liste de prélèvement { $list }
# $when (text): date and time
pick-list-covers = ruptures dans les services et consultations au { $when }
pick-list-fact-list = Liste de prélèvement
pick-list-fact-made = Établie
pick-list-fact-made-by = Établie par
pick-list-fact-short = Manque à l'emplacement fournisseur
# $list (text): the pick list's reference
pick-list-explained = Prenez les boîtes listées, péremption la plus proche d'abord, et scannez chacune sur l'écran Liste de prélèvement : le scan enregistre le transfert vers le service sous { $list }. Un autre lot du même produit peut être pris s'il n'est pas périmé ; jamais une boîte périmée, en quarantaine ou rappelée.
# $location (text): location code
# $name (text): location name
pick-list-from = Depuis { $location } ({ $name })
pick-list-none-usable = aucune utilisable ici
pick-list-table-empty = Rien à prélever.
pick-list-nothing = Aucun service ni consultation n'est sous son seuil de réapprovisionnement.
pick-list-unsupplied-heading = Hors de cette liste : aucun emplacement fournisseur
pick-list-unsupplied-table = Services sans emplacement fournisseur
pick-list-sign-picked = Prélevé par
pick-list-sign-checked = Contrôlé par (pharmacien)

## Supplier orders

orders-title = Commandes fournisseurs
# $when (text): date and time
orders-covers = ruptures dans les pharmacies et réserves le { $when }
orders-fact-suppliers = Fournisseurs
orders-fact-total = Total aux prix contractuels
orders-explained = Ruptures dans les pharmacies et réserves, chacune pour atteindre son niveau cible, regroupées par fournisseur habituel du produit. Les lignes sans prix de marché ne sont pas comptées dans les totaux.
orders-nothing = Aucune pharmacie ni réserve n'est sous son seuil de réapprovisionnement.
orders-no-supplier = Pas de fournisseur habituel — à choisir
orders-supplier-none = aucun
orders-total = Total
# $unpriced (number): lines without a contract price
orders-total-unpriced = Total ({ $unpriced } sans prix)
orders-sign-prepared = Préparé par
orders-sign-approved = Approuvé par (achats)
