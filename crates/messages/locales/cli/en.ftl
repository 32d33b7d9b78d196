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
