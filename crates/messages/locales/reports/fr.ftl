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

## Insights: the column headers of their tables

col-month = Mois
col-name = Nom
col-units = Unités
col-unpriced = Sans prix
col-expired = Périmées
col-recalled = Rappelées
col-damaged = Abîmées
col-predicted = Prévues
col-surprise = Imprévues
col-day = Jour
col-disposition = Sortie
col-cause = Cause
col-priced-by = Prix selon
col-missing = Manquantes
col-found-elsewhere = Trouvées ailleurs
col-found-again = Retrouvées
col-wrong-status = Mauvais statut
col-lot-short = Lot en moins
col-lot-surplus = Lot en plus
col-value-lost = Valeur perdue
col-counts = Inventaires
col-counts-with-variance = Avec écart
col-keeps-disagreeing = Écarts répétés
col-count-ref = Inventaire
col-variance = Écart
col-stays = Séjours
col-median-days = Jours (médiane)
col-p90-days = Jours (90e centile)
col-since = Depuis
col-weeks = Semaines
col-week = Semaine
col-week-starts = Début
col-used = Consommé
col-used-last-year = Année précédente
col-reorder-point = Seuil de commande
col-par-level = Niveau cible
col-stockout-days = Jours de rupture
col-overstock-days = Jours de surstock
col-verdict = Règle
col-deliveries = Livraisons
col-packs = Boîtes
col-short-dated = Péremption courte
col-lot-or-expiry-differs = Lot ou péremption différents
col-unexpected = Inattendues
col-suspect = Suspectes
col-duplicate-serials = Numéros de série en double
col-over-contract = Au-dessus du contrat
col-excess = Surcoût
col-recalls = Rappels
col-unit-cost = Coût unitaire
col-contract-price = Contrat
col-finding = Constat
col-received = Reçue le
col-manufactured = Fabriquée le

## Insights: what every insight's report shares

# A title with the filters after it.
# $title (text): the insight's title, "Waste from 2026-01-01 to 2026-12-31"
# $filters (text): the filters in words, "at WARD-3A (Ward 3A); supplier MediDist (MEDIDIST)"
insight-title-filtered = { $title } — { $filters }
# $location (text): location code and name, "WARD-3A (Ward 3A)"
insight-filter-location = à { $location }
# $product (text): product name
# $gtin (text): its GTIN
insight-filter-product = { $product } ({ $gtin })
# $supplier (text): supplier name
# $code (text): supplier code
insight-filter-supplier = fournisseur { $supplier } ({ $code })
insight-scope-all = tous les emplacements, produits et fournisseurs
# $from (text): first day, "2026-01-01"
# $to (text): last day
# $scope (text): the filters in words, or every location, product and supplier
insight-covers = jours locaux du { $from } au { $to }, { $scope }
# $percent (text): a whole percentage, "5"
insight-percent = { $percent } %
insight-total = Total
insight-no-supplier = aucun fournisseur

## Insights: waste

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-waste-title = Pertes du { $from } au { $to }
insight-waste-fact-units = Unités perdues
insight-waste-fact-value = Leur valeur
insight-waste-fact-unpriced = Unités sans prix (hors valeur)
insight-waste-fact-expired = Périmées
insight-waste-fact-predicted = Périmées, prévues
insight-waste-fact-surprise = Périmées, imprévues
insight-waste-fact-recalled = Rappelées
insight-waste-fact-damaged = Abîmées
insight-waste-explained = Stock détruit ou retourné au fournisseur. La cause vient du registre : rappelée quand son lot faisait l'objet d'un rappel, sinon périmée quand sa date était passée le jour de sa sortie, sinon abîmée. Une unité périmée était prévue quand elle figurait sur la liste des produits qui périmeront sans être utilisés 30 jours avant sa péremption. Les valeurs sont le coût unitaire à la réception, sinon le prix du contrat.
insight-waste-by-month = Pertes par mois
insight-waste-by-product = Pertes par produit
insight-waste-by-location = Pertes par emplacement
insight-waste-by-supplier = Pertes par fournisseur
insight-waste-lines = Chaque unité perdue
insight-waste-none = Rien n'a été perdu.
insight-cause-expired = périmée
insight-cause-recalled = rappelée
insight-cause-damaged = abîmée
insight-disposition-destroyed = détruite
insight-disposition-returned = retournée au fournisseur
insight-priced-receipt = réception
insight-priced-contract = contrat
insight-priced-none = sans prix

## Insights: shrinkage

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-shrinkage-title = Démarque du { $from } au { $to }
insight-shrinkage-fact-missing = Manquantes
insight-shrinkage-fact-found-elsewhere = Trouvées à un autre emplacement
insight-shrinkage-fact-found-again = Retrouvées
insight-shrinkage-fact-wrong-status = Trouvées dans un mauvais statut
insight-shrinkage-fact-lot-short = Unités de lot en moins
insight-shrinkage-fact-lot-surplus = Unités de lot en plus
insight-shrinkage-fact-value = Valeur perdue
insight-shrinkage-fact-disagreeing = Emplacements aux écarts répétés
insight-shrinkage-explained = Ce que les inventaires ont trouvé et que le registre n'attendait pas. Une boîte trouvée là où le registre ne l'avait pas est imputée à l'emplacement où le registre l'avait. Un emplacement a des écarts répétés quand il a eu au moins deux inventaires et que la moitié ou plus ont trouvé un écart.
insight-shrinkage-by-location = Démarque par emplacement
insight-shrinkage-by-month = Démarque par mois
insight-shrinkage-lines = Chaque écart
insight-shrinkage-none = Aucun écart.
insight-shrinkage-no-count = Aucun inventaire appliqué.
insight-variance-missing = manquante
insight-variance-found-elsewhere = trouvée ailleurs
insight-variance-found-again = retrouvée
insight-variance-wrong-status = mauvais statut
insight-variance-lot-short = lot en moins
insight-variance-lot-surplus = lot en plus

## Insights: dwell time

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-dwell-title = Durée de séjour du { $from } au { $to }
insight-dwell-fact-stays = Séjours terminés
insight-dwell-fact-locations = Emplacements
insight-dwell-fact-threshold = En attente depuis plus de (jours)
insight-dwell-fact-waiting = Unités en attente depuis plus longtemps
insight-dwell-explained = Combien de temps les boîtes sont restées à un emplacement, de leur arrivée à leur départ, pour les séjours terminés dans la période (la quantité d'un lot compte une fois par unité) ; médiane et 90e centile en jours. Puis le stock présent à un emplacement depuis plus longtemps que le seuil.
insight-dwell-locations = Séjours par emplacement
insight-dwell-distribution = Séjours par emplacement selon leur durée (jours)
insight-dwell-products = Séjours par emplacement et produit : à chaque emplacement, les produits dont les séjours sont les plus longs
# $days (text): the threshold in days, "90"
insight-dwell-waiting = En attente depuis plus de { $days } jours
insight-dwell-none = Aucun séjour terminé.
insight-dwell-none-waiting = Rien n'attend depuis si longtemps.
# $days (text): a bucket's bound in days, "7"
insight-dwell-under = moins de { $days }
# $days (text): the last bound in days, "365"
insight-dwell-over = { $days } ou plus

## Insights: consumption trends

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-trends-title = Tendances de consommation du { $from } au { $to }
insight-trends-fact-rows = Produits et emplacements
insight-trends-fact-used = Unités consommées
insight-trends-fact-too-low = Règles trop basses
insight-trends-fact-too-high = Règles trop hautes
insight-trends-explained = Consommation hebdomadaire par produit et emplacement (ce qui a été dispensé) comparée à la même semaine un an plus tôt et à la règle de réapprovisionnement alors en vigueur : trop basse quand il y a eu des jours de rupture alors que le seuil de commande était sous la consommation du délai de livraison, trop haute quand plus de la moitié des jours étaient au-dessus du niveau cible.
insight-trends-rows = Consommation par produit et emplacement
insight-trends-weeks = Consommation par semaine
insight-trends-none = Rien n'a été consommé.
insight-verdict-too-low = trop basse
insight-verdict-too-high = trop haute
insight-verdict-fits = adaptée
insight-verdict-no-rule = aucune règle

## Insights: supplier quality

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-suppliers-title = Qualité des fournisseurs du { $from } au { $to }
insight-suppliers-fact-suppliers = Fournisseurs
insight-suppliers-fact-packs = Unités reçues
insight-suppliers-fact-over-contract = Réceptions au-dessus du contrat
insight-suppliers-fact-excess = Payé au-dessus du contrat
insight-suppliers-fact-affected = Boîtes concernées
insight-suppliers-fact-tolerance = Tolérance de prix
insight-suppliers-fact-short-dated-days = Péremption courte sous (jours restants)
insight-suppliers-explained = Ce que chaque fournisseur et fabricant a livré, et ce qui n'allait pas : péremption courte à l'arrivée, lot ou péremption différents de l'avis d'expédition, boîtes inattendues ou manquantes, numéros de série suspects ou en double, prix au-dessus du contrat au-delà de la tolérance, et rappels touchant leurs lots.
insight-suppliers-table = Fournisseurs
insight-manufacturers-table = Fabricants
insight-suppliers-none = Rien n'a été reçu.
insight-over-contract-table = Réceptions au-dessus du contrat
insight-over-contract-none = Aucune réception au-dessus du contrat.
insight-affected-table = Boîtes concernées
insight-affected-none = Aucune boîte concernée.
insight-finding-short-dated = péremption courte
insight-finding-lot-or-expiry = lot ou péremption différents
insight-finding-unexpected = inattendue
insight-finding-suspect = suspecte
insight-finding-duplicate-serial = numéro de série en double
insight-finding-over-contract = au-dessus du contrat
insight-finding-recalled = rappelée

## Supplier scorecard

# $code (text): supplier code
# $from (text): first day, "2026-01-01"
# $to (text): last day
scorecard-title = Fiche d'évaluation fournisseur : { $code }, du { $from } au { $to }
# $from (text): first day
# $to (text): last day
# $code (text): supplier code
scorecard-covers = stock reçu de { $code } les jours locaux du { $from } au { $to }
scorecard-fact-supplier = Fournisseur
scorecard-fact-deliveries = Livraisons
scorecard-fact-packs = Unités reçues
scorecard-fact-short-dated = Péremption courte à l'arrivée
scorecard-fact-lot-or-expiry = Lot ou péremption non conformes à l'avis
scorecard-fact-unexpected = Unités inattendues
scorecard-fact-missing = Annoncées, jamais reçues
scorecard-fact-suspect = Unités suspectes
scorecard-fact-duplicate-serials = Numéros de série en double
scorecard-fact-over-contract = Lignes de réception au-dessus du contrat
scorecard-fact-excess = Payé au-dessus du contrat
scorecard-fact-recalls = Rappels touchant leurs lots
scorecard-explained = Le bilan de ce fournisseur sur la période, pour sa revue qualité : chaque réception facturée au-dessus du contrat avec le montant, et chaque boîte concernée avec son fabricant, son lot et sa date de fabrication, pour remonter à la source.
