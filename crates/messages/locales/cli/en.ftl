# The command line's own words in English: what a command prints for a person (see
# crates/messages/src/lib.rs, `cli_text`). Never `--help` (English) and never `--json` (codes and
# arguments). Ids are lowercase words joined by "-", the first naming the command
# (scan-…, stock-…, recall-…); comments document arguments as in ../en.ftl.

# The language a command speaks, when asked with --lang.
# $lang (text): the language's own name
cli-speaking = Speaking { $lang }.

## Words every command uses

cli-yes = yes
cli-no = no
# Column headers shared by several tables.
cli-col-gtin = gtin
cli-col-product = product
cli-col-location = location
cli-col-name = name
cli-col-by = by
cli-col-occurred = occurred
cli-col-recorded = recorded
cli-col-expired = expired
cli-col-serial = serial
cli-col-lot = lot
cli-col-expiry = expiry
cli-col-status = status
cli-col-quantity = quantity
cli-col-outcome = outcome
cli-col-min = min
cli-col-max = max
# Refused when neither --as nor CUSTODY_USER names who acts.
cli-who-is-acting = who is acting? pass --as USER or set CUSTODY_USER
# Refused when neither --db nor CUSTODY_DB names the database.
cli-no-database = no database given: pass --db PATH or set CUSTODY_DB
# The prompt for the acting user's password (a trailing space follows it).
# $user (text): the username
cli-password-for = Password for { $user }:{" "}
# The prompt for the password that signs an action.
# $meaning (text): what the signature means (a code such as "approval")
cli-password-to-sign = Re-enter your password to sign ({ $meaning }):{" "}
# The prompt for a new password.
# $user (text): whose password
cli-new-password-for = New password for { $user }:{" "}
cli-new-password-again = Again:{" "}

## receive, dispense, transfer, return, quarantine, release, destroy, return-to-supplier

# The verdict of one scan, at the start of its line (padded to 8 characters).
scan-accepted = ACCEPTED
scan-warning = WARNING
scan-asks = ASKS
scan-blocked = BLOCKED
# A lot-tracked scan: the product's GTIN, its lot and how many.
# $gtin (text): the GTIN
# $lot (text): the lot
# $quantity (number): how many units
scan-lot-pack = { $gtin } lot { $lot } x{ $quantity }
# A further finding of the same scan.
# $code (text): the finding's code
# $message (text): its sentence
scan-also = also { $code }: { $message }
# How a held or overridden pack was recorded.
# $status (text): its status (a code such as "quarantined")
scan-recorded = recorded as { $status }
# $status (text): its status (a code such as "quarantined")
# $location (text): the location's code
scan-recorded-at = recorded as { $status } at { $location }

## scan image

# One code found in a photo: its kind, its symbology identifier and where it is.
# $format (text): the kind of symbol (a code such as "data_matrix")
# $symbology (text): its symbology identifier, such as "]d2"
# $position (text): its place in pixels, "left,top–right,bottom"
scan-image-code = { $format } { $symbology } at { $position }

# The data of a code as read, each group separator shown as <GS>.
# $raw (text): the data
scan-image-raw = data: { $raw }

# What the code's data decodes to.
# $fields (text): the fields, such as "gtin 09506000134352, lot ABC123"
scan-image-fields = decoded: { $fields }

# A code whose data does not decode as pack data.
# $message (text): the decoder's sentence
scan-image-not-decoded = not decoded: { $message }

# A photo in which no code could be read.
scan-image-none = no code found

# A HEIC/HEIF photo, refused.
scan-image-heic = HEIC photos are not supported; export the photo as JPEG or PNG

# A file that is neither a JPEG, a PNG nor a HEIC photo.
# $found (text): what it looks like ("GIF", "PDF", "an empty file", …)
scan-image-unknown-format = not a JPEG or PNG photo: found { $found }

# A JPEG or PNG whose pixels could not be decoded.
# $format (text): "JPEG" or "PNG"
# $reason (text): the image decoder's reason, in English
scan-image-unreadable = the { $format } could not be decoded: { $reason }

# A file that could not be read, and why.
# $file (text): the file
# $reason (text): why
scan-image-refused = { $file }: { $reason }

## stock, history

stock-col-in-stock = in stock
stock-col-quarantined = quarantined
stock-col-earliest-expiry = earliest expiry
# A lot's history, first line.
# $product (text): the product's name
# $lot (text): the lot
# $expiry (text): its expiry date, or nothing
history-lot = { $product } — lot { $lot } (expiry { $expiry })
# $count (number): how many packs
# $status (text): their status (a code such as "in_stock")
history-lot-packs = { $count } pack(s) { $status }
# $quantity (number): how many units
# $status (text): their status (a code)
# $location (text): the location's code
history-lot-quantity = { $quantity } { $status } at { $location }
# A pack's history, first line.
# $product (text): the product's name
# $gtin (text): the GTIN
# $serial (text): the serial number
history-pack = { $product } — GTIN { $gtin } serial { $serial }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
history-pack-state = lot { $lot }, expiry { $expiry }, { $status }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
# $location (text): the location's code
history-pack-at = lot { $lot }, expiry { $expiry }, { $status } at { $location }
# Where a pack was before its first event.
history-new = new
# Who recorded an event.
# $name (text): the person's full name
# $user (text): their username
history-by = by { $name } ({ $user })
# $at (text): when the event was recorded
history-recorded = recorded { $at }
# $partner (text): the trading partner's code
history-partner = partner { $partner }
# $reference (text): the document's reference
history-reference = ref { $reference }
# $reason (text): the reason given
history-reason = reason: { $reason }
# $meaning (text): what the signature means (a code)
# $name (text): who signed
history-signed = signed ({ $meaning }) by { $name }
# $scan (text): the scan as the scanner sent it
history-scan = scan { $scan }
# $quantity (number): how many units
history-quantity = quantity { $quantity }
# $event (text): the event's id
# $hash (text): the start of its hash
history-event = event { $event } hash { $hash }
# A pack written off (custody write-off): reported stolen, or taken as a sample.
# $serial (text): the serial number
# $status (text): its status now (missing, transferred_out)
# $location (text): the location's code it was held at
write-off-done = Pack { $serial } is now { $status ->
        [missing] missing
        [transferred_out] out of the site
       *[other] { $status }
    } (it was held at { $location }).
# $id (number): the national request queued with it
write-off-decommission = Its national decommission is queued as request { $id }.
write-off-no-decommission = No national decommission was queued: the site does not decommission, or one already stands for this pack (a hospital decommissioning at receipt did so then).

## user

user-col-change = change
user-col-role = role
user-col-active = active
user-col-username = username
# $user (text): the username
# $name (text): the full name
# $role (text): the role (a code such as "staff")
user-added = Added user { $user } ({ $name }, { $role }).
# $user (text): the username
user-password-set = Set the password of { $user }.
# $user (text): the username
# $name (text): the full name
user-enabled = Enabled { $user } ({ $name }).
# $user (text): the username
# $name (text): the full name
user-disabled = Disabled { $user } ({ $name }); their records keep their name.
# $user (text): the username
# $name (text): the full name
# $role (text): the new role (a code such as "manager")
user-role-set = { $user } ({ $name }) is now { $role }.
# $lang (text): the language's own name
user-language-chosen = Your own choice: { $lang }.
user-language-none = You have chosen no language: English here, the computer's language in the app.
# $lang (text): the language's own name
user-language-set = Custody now speaks { $lang } to you.
user-language-cleared = Your choice of language is forgotten: English here, the computer's language in the app.

## count

# A count's first line.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info = Count { $count } at { $location }: { $status } (started { $at } by { $user })
# The same, for a blind count.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info-blind = Count { $count } at { $location }: { $status } (blind, started { $at } by { $user })
# After the first line, when the count covers some products only.
# $products (text): their GTINs
count-info-products = ; products { $products }
# $counted (number): packs counted so far
# $expected (number): packs the ledger expects
count-counted-of = { $counted } of { $expected } expected pack(s) counted
# $counted (number): packs counted so far
count-counted = { $counted } pack(s) counted
# $quantity (number): units of lot-tracked stock counted
count-lot-counted = { $quantity } of lot-tracked stock counted
# A list of packs in a variance, with its title.
# $title (text): one of the count-missing … count-arrived-during titles
# $count (number): how many packs
count-section = { $title } ({ $count }):
count-missing = Missing: expected here, not counted
count-unexpected = Found here, recorded elsewhere
count-wrong-status = Wrong status: suspect (or found again if recorded missing)
count-not-received = Never received here
count-left-during = Left during the count (accounted for)
count-arrived-during = Arrived during the count, not counted (not adjusted)
count-col-ledger-says = ledger says
# $status (text): a status (a code)
# $location (text): the location's code
count-status-at = { $status } at { $location }
count-never-received-cell = never received here
# $found (number): packs found where the ledger has them
count-found-clean = { $found } pack(s) found as expected; no differences.
# $found (number): packs found where the ledger has them
count-found = { $found } pack(s) found as expected.
count-lots = Lots:
count-col-expected = expected
count-col-counted = counted
count-col-difference = difference
# $count (number): the count's number
count-scan-with = Scan with: custody count scan { $count } < scans.txt
count-none = No counts.
count-col-count = count
count-col-started = started
count-col-kind = kind
count-col-note = note
count-kind-all = all products
count-kind-blind-all = blind, all products
# $products (number): how many products the count covers
count-kind-some = { $products } product(s)
# $products (number): how many products the count covers
count-kind-blind-some = blind, { $products } product(s)
# $counted (number): packs counted
# $expected (number): packs expected
count-n-of = { $counted } of { $expected }
# $count (number): the count's number
# $missing (number): packs recorded missing
# $moved (number): packs moved here
# $found (number): packs found again
# $quarantined (number): suspect packs put in quarantine
# $added (number): units added to lots
# $removed (number): units removed from lots
# $events (number): ledger events written
count-applied = Applied count { $count }: { $missing } missing, { $moved } moved here, { $found } found again, { $quarantined } suspect to quarantine; lots +{ $added } / -{ $removed }; { $events } ledger event(s).
# $count (number): the count's number
count-abandoned = Abandoned count { $count }; nothing was written to the ledger.

## reorder, shortages, expiring, alert-windows, position

# A number of days in a table cell.
# $days (number): how many days
cli-days-short = { $days } d
levels-col-lead-time = lead time
levels-col-on-hand = on hand
levels-col-usable = usable
levels-col-held = held
levels-col-per-day = per day
levels-col-cover = cover
levels-col-stock-out = stock-out
levels-col-order = order
levels-col-why = why
# $product (text): the product's name
# $location (text): the location's code
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-set = { $product } at { $location }: reorder below { $min }, up to { $max }, lead time { $days } days.
# $rules (number): how many rules
reorder-imported = Set { $rules } reorder rule(s).
# $rules (number): how many rules
reorder-saved = Saved { $rules } rule(s).
# $rules (number): how many suggestions
reorder-suggested = { $rules } suggestion(s); --apply saves them.
# custody reorder history: every change of a rule, newest first.
reorder-history-col-changed = changed
reorder-history-col-before = before
reorder-history-col-after = after
# A rule's levels in the history's before and after columns.
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-history-levels = min { $min }, max { $max }, { $days } d
# Before a change that made a new rule.
reorder-history-new = (new rule)
# After a change that removed the rule.
reorder-history-removed = (removed)
reorder-history-none = No reorder rule has been changed.
shortages-none = No shortages: every product with a reorder rule has enough usable cover.
# $days (text): the windows, e.g. "30, 60, 90"
alert-windows = Expiry alert windows: { $days } days.
expiring-col-window = window
expiring-col-days = days
expiring-col-qty = qty
expiring-col-value = value
# The window of stock already expired.
expiring-expired = EXPIRED
# $days (number): the alert window in days
expiring-within = ≤{ $days } d

## recall

recall-class-i = Class I
recall-class-ii = Class II
recall-class-iii = Class III
recall-class-withdrawal = Market withdrawal
# A recall entered, imported or extended.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-entered = Entered recall { $recall } ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-imported = Imported recall { $recall } ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-extended = Extended recall { $recall } ({ $class }): { $title }.
# $units (number): packs put in quarantine
# $quantity (number): units of lot-tracked stock put in quarantine
# $events (number): ledger events written
# $recall (text): the recall's number
recall-held = Quarantined in place: { $units } pack(s) and { $quantity } of lot-tracked stock, in { $events } ledger event(s) referencing { $recall }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
recall-header = Recall { $recall }  { $class }
# The labels of a recall's details; the values are lined up after the longest.
recall-label-reason = Reason:
recall-label-instructions = Instructions:
recall-label-issued = Issued:
recall-label-entered = Entered:
recall-label-closed = Closed:
recall-label-status = Status:
recall-label-scope = Scope:
# $date (text): the date the recall was issued
# $issuer (text): who issued it
recall-issued-by = { $date } by { $issuer }
# $at (text): when it was entered
# $user (text): who entered it
recall-entered-by = { $at } by { $user }
# $at (text): when it was closed
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
recall-closed-by = { $at }, signed ({ $meaning }) by { $user }
recall-status-open = open
recall-closed-cell = closed
# $units (number): packs in the recall's reach
# $in_stock (number): of them in stock
# $quarantined (number): quarantined
# $dispensed (number): dispensed
# $transferred (number): transferred out
# $returned (number): returned to the supplier
# $destroyed (number): destroyed
# $missing (number): missing
recall-reach = Reach: { $units } pack(s): { $in_stock } in stock, { $quarantined } quarantined, { $dispensed } dispensed, { $transferred } transferred out, { $returned } returned to the supplier, { $destroyed } destroyed, { $missing } missing
# $held (number): units of lot-tracked stock held
# $issued (number): units of lot-tracked stock issued
# $expected (number): packs still expected on open shipments
# $not_received (number): serials never received here
recall-reach-lots = lot-tracked: { $held } held, { $issued } issued; { $expected } still expected on open shipments; { $not_received } serial(s) never received here
# $open (number): items that still need an outcome
recall-reach-open = Open:  { $open } item(s) need an outcome
# $serial (text): a serial number
recall-serial = serial { $serial }
# $lot (text): a lot
recall-lot = lot { $lot }
# $shipment (text): the shipment's reference
# $pack (text): the GTIN with its serial or lot
# $quantity (number): how many
recall-still-expected = Still expected on { $shipment }: { $pack } (quantity { $quantity })
# $pack (text): the pack never received
recall-never-received = Never received here: { $pack }
# An item that still needs an outcome.
recall-open-cell = OPEN
recall-col-where = where
recall-col-since = since
recall-col-document = document
recall-col-number = number
recall-col-class = class
recall-col-issued = issued
recall-col-title = title
recall-col-packs = packs
recall-col-open = open
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
# $user (text): who entered it there
recall-shared-already = The hub has recall { $recall } already (network recall { $network }, entered by { $user }): nothing new was entered.
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
recall-shared = Recall { $recall } shared: network recall { $network } at the hub; every site using the product receives it on its next pull.
# $notices (number): how many recall notices the file holds
recall-several = The file holds { $notices } recall notices: each is a recall of its own.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $open (number): items still open
recall-outcome = Recorded '{ $outcome }' for { $units } pack(s) and { $quantity } of lot-tracked stock; { $open } item(s) still open.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $events (number): ledger events written
# $open (number): items still open
recall-outcome-events = Recorded '{ $outcome }' for { $units } pack(s) and { $quantity } of lot-tracked stock ({ $events } ledger event(s)); { $open } item(s) still open.
# $recall (text): the recall's number
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
# $at (text): when
recall-closed = Closed recall { $recall }: signed ({ $meaning }) by { $user } at { $at }.

## backup

# $file (text): the backup's file
# $size (text): its size in MB, e.g. "12.5"
# $events (number): events on its ledger
backup-taken = Backup { $file } ({ $size } MB), verified: integrity ok, ledger intact ({ $events } events).
backup-col-taken = taken (UTC)
backup-col-size = size
backup-col-file = file
# $file (text): the backup's file
# $events (number): events on its ledger
backup-good = { $file }: integrity ok, ledger intact ({ $events } events), schema as the migrations make it.
# $file (text): the backup's file
backup-damaged = { $file }: DAMAGED
# Refused: a restore replaces the database only when asked with --yes.
# $db (text): the database file
# $file (text): the backup's file
backup-restore-needs-yes = this replaces { $db } with { $file } (the current database is kept aside); add --yes to go ahead
# $db (text): the database file
# $file (text): the backup's file
# $aside (text): where the previous database is kept
backup-restored = Restored { $db } from { $file }; the previous database is kept as { $aside }.

## verify, clock-correct, late-entry

# $seq (text): the event's sequence number, grouped by thousands
# $hash (text): the start of its hash
verify-last-event = Last event checked: { $seq } (hash { $hash }…).
# $correction (text): a clock correction recorded on the ledger
verify-declared = declared on the ledger: { $correction }
# $seq (number): the checkpoint's event sequence number
verify-checkpoint = Recorded verified checkpoint (event seq { $seq }).
# $why (text): why no checkpoint was recorded
verify-no-checkpoint = No checkpoint recorded: { $why }
# $problems (number): problems found
# $covered (text): what was checked, as verify-covered-… says it
verify-not-intact = LEDGER NOT INTACT: { $problems } problem(s) found ({ $covered }).
# $more (number): findings not listed
verify-more = … and { $more } more.
# $first (text): the first event checked, grouped by thousands
# $last (text): the last, grouped by thousands
verify-events = events { $first }–{ $last }
verify-no-events = no events
# $range (text): the events checked, as verify-events says it
# $units (text): packs checked
# $lots (text): lots checked
# $days (text): days checked
# $at (text): when the checkpoint was recorded
# $seq (text): the checkpoint's event
verify-covered-since = checked { $range } and { $units } packs, { $lots } lots and { $days } days touched since the checkpoint recorded at { $at } (event seq { $seq }); the events before and the rows not touched since were not checked this time: run `verify --full` for all
# $range (text): the events checked, as verify-events says it
verify-covered-all = checked all { $range }
# $events (number): events checked
# $lines (number): event lines checked
# $units (number): packs checked
verify-intact = Ledger intact: { $events } events, { $lines } lines, { $units } packs checked; the stock tables and the users' roles match the ledger.
# $covered (text): what was checked, as verify-covered-… says it
verify-intact-since = Ledger intact since the last checkpoint: { $covered }.
# $event (text): the event's id
# $seq (number): its sequence number
clock-corrected = Recorded the clock correction as event { $event } (seq { $seq }); recording goes on from now.
# $days (number): the late-entry window in days
late-entry-days = What happened may be entered up to { $days } day(s) back.

## sync

# Counted things: $count chooses the plural, $shown is the number as printed (grouped by
# thousands, e.g. "1,204").
# $count (number): how many
# $shown (text): the number as printed
sync-events = { $count ->
    [one] { $shown } event
   *[other] { $shown } events
}
# $count (number): how many
# $shown (text): the number as printed
sync-batches = { $count ->
    [one] { $shown } batch
   *[other] { $shown } batches
}
# $count (number): how many
# $shown (text): the number as printed
sync-changes = { $count ->
    [one] { $shown } change
   *[other] { $shown } changes
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
    [one] { $shown } alarm change
   *[other] { $shown } alarm changes
}
# $count (number): how many
# $shown (text): the number as printed
sync-network-recalls = { $count ->
    [one] { $shown } network recall
   *[other] { $shown } network recalls
}
# $count (number): how many
# $shown (text): the number as printed
sync-accounts = { $count ->
    [one] { $shown } account
   *[other] { $shown } accounts
}
# $site (text): the site's code
# $hub (text): the hub's address
sync-enrolled = Enrolled { $site } with the hub at { $hub }.
# $count (number): how many outcomes
# $shown (text): the number as printed
# $new (text): how many were new to the hub, as printed
sync-outcomes-sent = Sent { $count ->
    [one] { $shown } recall outcome
   *[other] { $shown } recall outcomes
} of network recalls to the hub ({ $new } new).
# $count (number): how many outcomes
# $shown (text): the number as printed
sync-outcomes-refused = The hub refused { $count ->
    [one] { $shown } recall outcome
   *[other] { $shown } recall outcomes
}: kept here only (`custody recall reach` still shows them).
# $message (text): why sending stopped
sync-outcomes-not-sent = Recall outcomes not sent: { $message }.
# $message (text): why the pull stopped
sync-pull-stopped = Pull stopped: { $message }.
# $changes (text): the changes pulled, as sync-changes says them
# $pages (text): the pages, as sync-pages says them
# $products_added (text): new products, as printed
# $products_changed (text): changed products, as printed
# $partners_added (text): new partners, as printed
# $partners_changed (text): changed partners, as printed
# $alarms (text): alarm changes, as sync-alarm-changes says them
# $recalls (text): network recalls, as sync-network-recalls says them
# $unchanged (text): changes that changed nothing here, as printed
sync-pulled = Pulled { $changes } in { $pages }: products { $products_added } new, { $products_changed } changed; partners { $partners_added } new, { $partners_changed } changed; { $alarms }; { $recalls }; { $unchanged } already as the hub has them.
sync-no-alarm = No alarm from the hub.
sync-no-open-alarm = No open alarm from the hub.
# The header of the alarms' list: columns separated by tabs, as scripts split them.
sync-alarms-header = ALARM{"\u0009"}PACK{"\u0009"}STATE{"\u0009"}PATTERNS{"\u0009"}SITES{"\u0009"}RAISED{"\u0009"}CLOSED
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-push = Nothing to push; the hub holds up to event { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $acked (text): the last event the hub holds, as printed
sync-pushed = Pushed { $events } in { $batches }; the hub holds up to event { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $held (text): how many the hub held already, as printed
# $acked (text): the last event the hub holds, as printed
sync-pushed-held = Pushed { $events } in { $batches } ({ $held } of them held already); the hub holds up to event { $acked }.
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-pull-back = Nothing to pull back: this site's ledger holds every event the hub holds ({ $acked }).
# $event (text): the event, as printed
sync-pulled-back-one = Pulled back event { $event } from the hub.
# $first (text): the first event, as printed
# $last (text): the last event, as printed
sync-pulled-back = Pulled back events { $first }–{ $last } from the hub.
# $accounts (text): the accounts, as sync-accounts says them
sync-accounts-without-password = { $accounts } added after the backup came back without a password: an administrator sets one.
# $waiting (text): the events on the ledger, as sync-events says them
sync-not-enrolled = Not enrolled with a hub: an administrator enrols this site with `custody sync enrol --hub URL --code CODE`. { $waiting } on the ledger.
# $ago (text): how long ago, as sync-just-now … sync-on say it
# $waiting (text): the events waiting, as sync-events says them
sync-synced = Synced { $ago }; { $waiting } waiting.
# $waiting (text): the events waiting, as sync-events says them
sync-enrolled-nothing-pushed = Enrolled, nothing pushed yet; { $waiting } waiting.
# $at (text): since when, a local time (or date and time)
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline-since = Offline since { $at }, { $waiting } waiting{ $message }.
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline = Offline since the last push, { $waiting } waiting{ $message }.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-fork = Fork: call the hub administrator{ $message }. Nothing is pushed until it is resolved; { $waiting } waiting.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-suspended = Suspended by the hub: call the hub administrator{ $message }; { $waiting } waiting.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-refused = Refused by the hub{ $message }; { $waiting } waiting.
# $hub (text): the hub's address
# $site (text): the site's code
# $acked (text): the last event the hub holds, as printed
# $last (text): the last event on this site's ledger, as printed
sync-hub = Hub { $hub }, site { $site }: the hub holds up to event { $acked } of { $last }.
sync-just-now = just now
# $minutes (number): minutes ago
sync-minutes-ago = { $minutes } min ago
# $hours (number): hours ago
sync-hours-ago = { $hours } h ago
# $date (text): a date and time
sync-on = on { $date }

## init, product, location, partner, settings, report

# $file (text): the database file
cli-created-database = Created the database { $file }.
cli-col-code = code
cli-col-kind = kind
# $site (text): the site's code
# $name (text): the site's name
init-set-up = Set up site { $site } ({ $name }).
# $site (text): the site's code
# $name (text): the site's name
# $admin (text): the administrator's username
init-set-up-admin = Set up site { $site } ({ $name }) with administrator { $admin }.
# $gtin (text): the product's GTIN
# $name (text): its name
product-added = Added product { $gtin } ({ $name }).
# $gtin (text): the product's GTIN
# $name (text): its name
product-changed = Changed product { $gtin } ({ $name }).
# $products (number): how many products
# $file (text): the file they came from
product-imported = Imported { $products } products from { $file }.
product-col-tracking = tracking
product-col-pack = pack
product-col-manufacturer = manufacturer
# $code (text): the location's code
# $name (text): its name
location-added = Added location { $code } ({ $name }).
# $code (text): the partner's code
# $name (text): its name
partner-added = Added partner { $code } ({ $name }).
partner-col-gln = gln
settings-scanners = Scanners
settings-substitutes = sent instead of the group separator:
settings-no-substitutes = none (the scanners send the group separator itself)
settings-leading-gs = a group separator after the symbology identifier is dropped:
settings-plain-symbol = GS1 data in a plain Data Matrix is read:
settings-receipts = Receipts
settings-short-dated = short-dated when expiring within:
settings-price-tolerance = price warning above the contract price by more than:
settings-currency = prices are in:
settings-no-currency = no currency chosen (amounts are plain numbers)
settings-alert-windows = Expiry alert windows:
# $days (text): a number of days, or several separated by commas
settings-days = { $days } days
# $file (text): the file written
# $title (text): the report's title
# $rows (number): rows in it
# $kb (number): its size in KB
report-wrote = Wrote { $file }: { $title } ({ $rows } row(s), { $kb } KB).

## expected, export epcis

expected-col-id = id
expected-col-reference = reference
expected-col-lines = lines
expected-col-received = received
expected-col-closed = closed
expected-col-line = line
expected-col-advice = advice
# $received (number): how many packs were received
# $location (text): where they were received
expected-received-into = Received { $received } into { $location }.
# A line the whole receipt left out, under expected-received-into.
# $reason (text): which line and why
expected-not-received = not received: { $reason }
# $id (text): the shipment's number
# $reference (text): its document number
# $from (text): the supplier as expected-from says it, or nothing
# $matched (number): lines received
# $expected (number): lines expected
# $closed (text): when it was closed as expected-closed says it, or nothing
expected-shipment = Shipment { $id } ({ $reference }{ $from }): { $matched } of { $expected } lines received{ $closed }
# After the shipment's reference, inside its brackets.
# $partner (text): the supplier
expected-from = , from { $partner }
# At the end of expected-shipment.
# $at (text): when it was closed
expected-closed = , closed { $at }
expected-still-expected = Still expected:
expected-discrepancies = Discrepancies (received, not as the advice says):
# What the advice said of a pack received otherwise.
# $line (text): the advice's line number
# $lot (text): the lot it gave, or "-"
# $expiry (text): the expiry it gave, or "-"
expected-advice-line = line { $line }: lot { $lot } expiry { $expiry }
# $message (text): what does not match
expected-discrepancy = Discrepancy: { $message }
# The context of a refused advice file.
# $file (text): the file
expected-importing = importing { $file }
epcis-say-what = say what to export: --gtin with --serial or --lot, or --from and --to
# $events (number): how many events
# $file (text): the file written
epcis-wrote = Wrote { $events } events to { $file }.

## replenish

# $code (text): the ward's code
# $name (text): its name
# $by (text): the location that supplies it
replenish-supplied-by = { $code } ({ $name }) is supplied by { $by }.
# $code (text): the ward's code
# $name (text): its name
replenish-no-supplying-location = { $code } ({ $name }) has no supplying location.
# $name (text): the product's name
# $gtin (text): its GTIN
# $supplier (text): the supplier's code
replenish-usual-supplier = { $name } ({ $gtin }) is usually ordered from { $supplier }.
# $name (text): the product's name
# $gtin (text): its GTIN
replenish-no-usual-supplier = { $name } ({ $gtin }) has no usual supplier.
replenish-no-pick-list = No pick list yet: make one with `custody replenish pick-list --new`.
replenish-nothing-to-pick = there is no pick list to pick from: make one with `custody replenish pick-list --new`
# The verdict of one pick, at the start of its line (padded to 12 characters).
replenish-picked = PICKED
replenish-not-picked = NOT PICKED
replenish-refused = REFUSED
# $line (text): the pick list's line
# $product (text): the product
# $location (text): the ward it goes to
# $picked (number): how many are picked
# $wanted (number): how many are wanted
replenish-picked-line = line { $line }: { $product } to { $location }, { $picked } of { $wanted }
# After replenish-picked-line, in brackets.
replenish-not-the-proposed-lot = (not the proposed lot)
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list = Pick list { $list } made { $at } by { $by }
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list-replaced = Pick list { $list } made { $at } by { $by } (replaced)
replenish-col-line = line
replenish-col-from = from
replenish-col-to = to
replenish-col-wanted = wanted
replenish-col-take = take (lot/serial, expiry)
replenish-col-short = short
replenish-col-picked = picked
replenish-none-to-take = none to take
# $picked (number): how many were picked
replenish-done = { $picked } done
replenish-unsupplied = Not on the list, the ward has no supplying location (set one with `custody replenish supply`):
replenish-no-orders = No pharmacy or store is below its reorder point.
# $name (text): the supplier's name
# $code (text): its code
# $total (text): the order's total, as money
replenish-order = { $name } ({ $code }): total { $total }
replenish-order-no-supplier = No usual supplier — choose one (`custody replenish usual-supplier GTIN --supplier CODE`):
replenish-col-unit-price = unit price
replenish-col-line-total = line total
# $list (text): what was given
replenish-not-a-pick-list = '{ $list }' is not a pick list number such as PICK-3

## sync rebuild, sync pull's details

# $count (number): how many
# $shown (text): the number as printed
sync-packs = { $count ->
    [one] { $shown } pack
   *[other] { $shown } packs
}
# $count (number): how many
# $shown (text): the number as printed
sync-records = { $count ->
    [one] { $shown } record
   *[other] { $shown } records
}
# $site (text): the site's code
# $name (text): its name
# $events (text): the events put back, as sync-events says them
# $admin (text): the administrator's username
sync-rebuilt = Rebuilt site { $site } ({ $name }) from the hub: { $events } put back, every hash checked; administrator { $admin }.
# $accounts (text): the accounts, as sync-accounts says them
sync-rebuilt-accounts = { $accounts } came back without a password: an administrator sets one (custody user passwd).
# $records (text): the records, as sync-records says them
sync-rebuilt-records = { $records } (products, locations, partners) came back named by their code only: complete them.
# $admin (text): the administrator's username
sync-rebuilt-check = Check it with: custody --as { $admin } verify --full
# $code (text): the partner's code at the hub
# $site_name (text): the name this site gives it
# $hub_name (text): the name the hub gives it
# $kept_as (text): the code the hub's partner is kept under here
sync-partner-clash = Partner code { $code } is { $site_name } here and { $hub_name } at the hub: the hub's is kept here as { $kept_as }; this site's { $code } is unchanged.
# $gtin (text): the product's GTIN
sync-tracking-kept = Product { $gtin }: the hub changed its tracking, but stock is recorded here by the present one, which stays.
# $number (text): the recall's number
sync-recall-linked = Network recall { $number }: the recall entered here under that number; linked, nothing held again.
# $number (text): the recall's number
# $title (text): its title
sync-recall-entered-closed = Network recall { $number } entered: { $title }; closed, as this site's ledger records, so nothing held.
# $number (text): the recall's number
# $title (text): its title
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-entered = Network recall { $number } entered: { $title }; { $packs } and { $quantity } of lot-tracked stock held.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
sync-recall-widened-closed = Network recall { $number } widened by the hub: { $added } added, but it is closed here, so nothing was held: check the stock of { $added } and call the hub's QA officer.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-widened = Network recall { $number } widened by the hub: { $added } added; { $packs } and { $quantity } of lot-tracked stock held.

## demo

# $products (number): products made
# $locations (number): locations made
# $packs (number): packs made
# $events (number): events recorded
# $years (text): the years of history as demo-years says them after a space, or nothing
# $seconds (text): how long it took, in seconds with one decimal
demo-made = Demo data: { $products } products, { $locations } locations, { $packs } packs, { $events } events{ $years } in { $seconds } s.
# $years (number): years of history
demo-years = ({ $years } years of history before the scale's own)
demo-users = Users: admin (admin), amira and dev (staff), ben (manager), chloe (qa).

## The command line's own errors (what it was doing when something failed)

# $file (text): the file
cli-opening = opening { $file }
# $file (text): the file
cli-creating-database = creating the database { $file }
# $file (text): the file
cli-reading-file = reading { $file }
# $file (text): the path given to --db
cli-no-database-at = there is no database at { $file }: check the path, or create one with `custody init` (or `custody demo`)
# $file (text): the path given to --db
cli-db-is-a-folder = { $file } is a folder: --db names the database file
# $file (text): the path given to --db
cli-not-a-custody-database = { $file } is not a Custody database (another program's file, or damaged): it was left unchanged
# $file (text): the path
cli-cannot-look-at = cannot look at { $file }
# $file (text): the path
cli-cannot-read = cannot read { $file }
# $variable (text): the environment variable scripts set instead
cli-reading-password = reading the password from the terminal (scripts set { $variable })
cli-reading-scans = reading scans from standard input
cli-reading-stdin = reading stdin
# $option (text): the option, "--today"
# $value (text): what was given
cli-not-a-date = { $option } '{ $value }' is not a date YYYY-MM-DD
bench-compare-needs-db = --compare needs --db: the database its figures are compared with
# $count (text): what was given
report-not-a-count = '{ $count }' is not a count number such as COUNT-3
# $paper (text): what was given
report-not-a-paper-size = --paper: '{ $paper }' is not a paper size: a4 or letter

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
insights-waste-summary = Waste from { $from } to { $to }: { $units } units worth { $value }; { $expired } expired ({ $predicted } predicted, { $surprise } a surprise), { $recalled } recalled, { $damaged } damaged
# $units (number): units with no price
insights-unpriced = { $units } units had no price and are not in the value
# $from (text): the period's first day
# $to (text): its last day
# $missing (number): units recorded missing or short
# $found (number): units found elsewhere or found again
# $value (text): the value lost, as money with the currency
insights-shrinkage-summary = Shrinkage from { $from } to { $to }: { $missing } units missing, { $found } found; value lost { $value }
insights-by-month = By month
insights-by-product = By product
insights-by-location = By location
insights-by-supplier = By supplier
insights-lines = Every line, oldest first
insights-col-month = month
insights-col-day = day
insights-col-units = units
insights-col-expired = expired
insights-col-predicted = predicted
insights-col-surprise = surprise
insights-col-recalled = recalled
insights-col-damaged = damaged
insights-col-unpriced = unpriced
insights-col-value = value
insights-col-value-lost = value lost
insights-col-supplier = supplier
insights-col-disposition = gone
insights-col-cause = cause
insights-col-count = count
insights-col-counts = counts
insights-col-with-variance = with variance
insights-col-keeps-disagreeing = keeps disagreeing
insights-cause-recalled = recalled
insights-cause-expired = expired
insights-cause-damaged = damaged
insights-disposition-destroyed = destroyed
insights-disposition-returned = returned to supplier
insights-kind-missing = missing
insights-kind-found-elsewhere = found elsewhere
insights-kind-found-again = found again
insights-kind-wrong-status = wrong status
insights-kind-lot-short = lot short
insights-kind-lot-surplus = lot surplus

# Prices where they arrive (issue #23): `custody partner price`.
# $gtin (text): the product's GTIN
# $supplier (text): the supplier's code
# $price (text): the price, with the currency's decimals
# $from (text): the first day it is in force
price-set = Contract price of { $gtin } with { $supplier }: { $price } from { $from }.
# $prices (number): how many prices
# $file (text): the file they came from
price-imported = Imported { $prices } contract prices from { $file }.
price-none = No contract prices.
price-from-start = the start
price-col-supplier = supplier
price-col-from = from
price-col-price = price
movement-unit-cost-twice = a bare amount applies to every product, so it is given once; give the others as GTIN=AMOUNT

# $from (text): the period's first day
# $to (text): its last day
# $stays (number): stays that ended in the period
# $waiting (number): packs and lot quantities waiting longer than the threshold now
# $units (number): the units they hold
# $days (number): the threshold in days
insights-dwell-summary = Dwell from { $from } to { $to }: { $stays } stays ended; { $waiting } packs or lots ({ $units } units) held for more than { $days } days now
insights-by-location-product = By location and product
insights-dwell-distribution = Stays by length in days
# $from (number): the bucket's lower bound in days
# $to (number): its upper bound, not included
insights-days-range = { $from }-{ $to } d
# $days (number): the last bound
insights-days-over = { $days }+ d
insights-waiting = Held longer than the threshold now, longest first
# $shown (number): the lines listed
# $total (number): all of them
insights-waiting-more = { $shown } of { $total } listed: the longest waiting

# $shown (number): the location and product rows listed
# $total (number): all of them
# $each (number): the most listed at one location
insights-dwell-products-more = { $shown } of { $total } products and locations listed: at each location the { $each } whose stays are longest
insights-col-stays = stays
insights-col-median-days = median days
insights-col-p90-days = 90th pct days
insights-col-since = since
insights-col-days = days
# $from (text): the period's first day
# $to (text): its last day
# $suppliers (number): suppliers with receipts in the period
# $short_days (number): the short-dated threshold in days
# $tolerance (number): the price tolerance in percent
# $excess (text): paid above contract, as money with the currency
insights-suppliers-summary = Suppliers from { $from } to { $to }: { $suppliers } delivered; short-dated means under { $short_days } days left, over contract more than { $tolerance }% above it; { $excess } paid above contract
insights-by-manufacturer = By manufacturer
insights-over-contract = Receipts priced above contract
insights-affected = Affected packs, traced to their source
insights-col-manufacturer = manufacturer
insights-col-deliveries = deliveries
insights-col-missing = missing
insights-col-excess = above contract
insights-col-recalls = recalls
insights-col-unit-cost = unit cost
insights-col-contract = contract
insights-col-finding = finding
insights-col-received = received
insights-col-manufactured = manufactured
insights-finding-short-dated = short-dated
insights-finding-lot-or-expiry-differs = lot/expiry differs
insights-finding-unexpected = unexpected
insights-finding-suspect = suspect
insights-finding-duplicate-serial = duplicate serial
insights-finding-over-contract = over contract
insights-finding-recalled = recalled
# $from (text): the period's first day
# $to (text): its last day
# $rows (number): products and locations
# $low (number): of which with a rule too low
# $high (number): too high
# $none (number): with no rule
# $listed (number): the rows listed
insights-trends-summary = Consumption trends from { $from } to { $to }: { $rows } products and locations (rules too low at { $low }, too high at { $high }, none at { $none }); the { $listed } most used listed
# $product (text): product name
# $location (text): location code
insights-trends-weeks = { $product } at { $location }, week by week
# $reorder (number): reorder point
# $par (number): par level
# $lead (number): lead time in days
insights-rule = { $reorder }/{ $par }, { $lead } d
insights-col-week = week
insights-col-used = used
insights-col-used-last-year = last year
insights-col-rule = rule (min/par, lead)
insights-col-stockout-days = stock-out days
insights-col-overstock-days = overstock days
insights-col-verdict = rule
insights-verdict-too-low = too low
insights-verdict-too-high = too high
insights-verdict-fits = fits
insights-verdict-no-rule = no rule
# $shown (number): the packs listed
# $total (number): all of them
insights-affected-more = { $shown } of { $total } listed, by supplier and oldest first; --supplier narrows the list

## custody national

national-check-needed = Give --check with --market or --window-hours: off, at_dispense, at_receipt or decommission_at_receipt.
national-no-market = none
# $market (text): EU-xx, US, or national-no-market
# $check (text): off, at_dispense, at_receipt or decommission_at_receipt
# $hours (number): the decommission window
national-settings = National system: { $market }; checks: { $check }; a pack dispensed offline is decommissioned within { $hours } h.
# $waiting (number): requests waiting
# $pending (number): not yet sent
# $sent (number): sent, answer not read
# $alerts (number): ended in an alert
# $failed (number): failed
national-status = { $waiting } verification requests waiting ({ $pending } not yet sent, { $sent } sent with the answer not read); { $alerts } alerts, { $failed } failed.
# $at (text): a local time
# $words (text): why it waits
national-oldest = The oldest waits since { $at }: { $words }
national-drainer-running = Sending: this app's drainer works the queue.
national-drainer-elsewhere = Sending: another Custody holds this database's drainer lock (the app, or a command line's custody national drain).
# $path (text): the file looked for
national-drainer-not-configured = Not sending: there is no national systems' file at { $path }.
# $path (text): the file
# $reason (text): why, in the file reader's English
national-drainer-refused = Not sending: the national systems' file { $path } cannot be used: { $reason }
# $reason (text): why, in the system's English
national-drainer-unavailable = Not sending: the drainer lock cannot be taken: { $reason }
# $path (text): the file
national-drainer-stopped = No drainer runs: the file { $path } is usable; requests wait until the app runs or custody national drain is run.
# $at (text): a local time
national-window = Warning: a pack dispensed offline must be decommissioned by { $at }. Bring the network back, or call the national system's help desk.
# $old (number): the failed request
# $new (number): the new one
national-retried = Request { $old } queued again as request { $new }.
# $singles (number): single requests sent
# $bulks (number): bulk requests sent
# $reverified (number): verified before a re-send
# $done (number): answered
# $alerts (number): alerts
# $failed (number): failed
# $retried (number): put back for later
national-drained = Sent { $singles } single and { $bulks } bulk requests ({ $reverified } verified before a re-send): { $done } answered, { $alerts } alerts, { $failed } failed, { $retried } waiting to be tried again.
national-col-id = Request
national-col-queued = Queued
national-col-state = State
national-col-asks = Asks
national-col-pack = Pack (GTIN serial)
national-col-product = Product
national-col-tries = Tries
national-col-answer = Answer
# $count (number): alerts on packs supplied
national-follow-up = { $count } alerts on packs already supplied: follow each up with whoever received it (custody national queue --shown alerts names the dispense).
# $at (text): a local time
# $location (text): where from
# $reference (text): the reference given at dispense
# $by (text): who dispensed it
national-supplied = supplied { $at } from { $location }, reference { $reference }, by { $by }
