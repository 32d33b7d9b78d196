# Custody's refusals in English: one message per code (see crates/messages/src/lib.rs).
#
# The id of a message is its code with every dot replaced by "-": the code
# count.open_at_location is the message count-open_at_location. The comment lines just above
# a message document its arguments, one "$name (number|text): what it is" line each; "$field",
# when present, names the form field at fault (the screen highlights it).
#
# Sentences are for pharmacists: what was refused and what to do, no field names, role codes
# or type names. Plurals and roles are Fluent selectors, so a translation can decline them.

## auth: signing in, signatures, passwords, who may do what

# Wrong username or wrong password: one sentence for both, so names cannot be probed.
auth-sign_in_failed = Wrong username or password.

# $user (text): the username
# $attempts (number): wrong passwords in a row that lock an account
# $minutes (number): minutes until the lock ends
auth-locked = { $user } is locked after { $attempts } wrong passwords: try again in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }, or ask an administrator to unlock it by setting a new password.

# $user (text): the username
auth-disabled = { $user } is disabled and cannot act: ask an administrator to enable the account again.

# $user (text): the username
auth-no_password = { $user } has no password yet: an administrator sets one in Settings, Users (or with custody user passwd { $user }).

# $field (text): the password field
auth-signature_refused = The password does not match, so nothing was signed: type your own password again.

# $field (text): the password field
# $min (number): the shortest password allowed, in characters
auth-password_too_short = A password needs at least { $min } characters.

# $field (text): the password field
# $detail (text): what the hashing library said
auth-password_unhashable = This password could not be stored safely ({ $detail }): choose another.

# $field (text): the user field
auth-disable_self = You cannot disable your own account: ask another administrator.

# $field (text): the user field
# $user (text): the username
auth-last_admin = { $user } is the last active administrator and cannot be disabled: enable or add another administrator first.

# $user (text): the username
# $role (text): the user's role code (staff, manager, qa, admin)
# $operation (text): the operation's code (see permissions.rs)
auth-forbidden = { $user } is { $role ->
        [staff] pharmacy staff
        [manager] an inventory manager
        [qa] a QA officer
        [admin] an administrator
       *[other] { $role }
    } and may not { $operation ->
        [view_stock] see stock
        [manage_master_data] change products, locations or suppliers
        [manage_users] manage users
        [receive] receive stock
        [dispense] dispense stock
        [transfer] transfer stock
        [return] return stock
        [quarantine] put stock in quarantine
        [release] release stock from quarantine
        [destroy] destroy stock
        [return_to_supplier] return stock to a supplier
        [count] count stock
        [apply_count] apply count adjustments
        [override] override a blocked scan
        [manage_recalls] manage recalls
        [verify] verify the ledger
        [load_demo] load demonstration data
        [sync] push the ledger to the hub
        [enrol_site] enrol this site with the hub
        [write_off] report a pack stolen or taken as a sample
       *[other] do this
    }: ask someone whose role allows it.

# $user (text): the username given
auth-user_unknown = There is no active user { $user }: an administrator adds users in Settings, Users (or with custody user add).

## master: the site, locations, suppliers, users and products

# $field (text): the form field
master-text_empty = { $field ->
        [site_code] The site code
        [site_name] The site name
        [location_code] The location code
        [location_name] The location name
        [partner_code] The supplier's code
        [partner_name] The supplier's name
        [name] The name
        [generic_name] The generic name
        [form] The form
        [strength] The strength
        [manufacturer] The manufacturer
        [storage] The storage condition
        [cip] The CIP code
        [pzn] The PZN
        [ndc] The NDC
        [username] The username
        [reason] The reason
        [note] The note
        [title] The title
        [number] The recall number
        [instructions] The instructions
        [issuer] The issuer
        [reference] The reference
       *[other] This field
    } must not be empty.

# $field (text): the form field
# $max (number): the most characters allowed
master-text_too_long = { $field ->
        [site_code] The site code
        [site_name] The site name
        [location_code] The location code
        [location_name] The location name
        [partner_code] The supplier's code
        [partner_name] The supplier's name
        [name] The name
        [generic_name] The generic name
        [form] The form
        [strength] The strength
        [manufacturer] The manufacturer
        [storage] The storage condition
        [cip] The CIP code
        [pzn] The PZN
        [ndc] The NDC
        [username] The username
        [reason] The reason
        [note] The note
        [title] The title
        [number] The recall number
        [instructions] The instructions
        [issuer] The issuer
        [reference] The reference
       *[other] This field
    } must be at most { $max } characters long.

# $field (text): the form field
master-text_control = { $field ->
        [site_code] The site code
        [site_name] The site name
        [location_code] The location code
        [location_name] The location name
        [partner_code] The supplier's code
        [partner_name] The supplier's name
        [name] The name
        [generic_name] The generic name
        [form] The form
        [strength] The strength
        [manufacturer] The manufacturer
        [storage] The storage condition
        [cip] The CIP code
        [pzn] The PZN
        [ndc] The NDC
        [username] The username
        [reason] The reason
        [note] The note
        [title] The title
        [number] The recall number
        [instructions] The instructions
        [issuer] The issuer
        [reference] The reference
       *[other] This field
    } must not contain tabs, line breaks or other control characters.

# $field (text): the form field
# $value (text): what was typed
master-code_characters = { $value } cannot be used as a code: a code may contain only letters, digits, '-', '_' and '.'.

# $field (text): the GLN field
# $value (text): what was typed
master-gln_invalid = { $value } is not a GLN: a GLN has 13 digits and a valid check digit.

# $field (text): the field holding the GTIN
# $value (text): what was given
# $detail (text): what the GS1 decoder found
master-gtin_invalid = { $value } is not a GTIN: { $detail }.

# $field (text): the PZN field
# $value (text): what was given
master-pzn_invalid = { $value } is not a PZN: a PZN has 8 digits and a valid check digit.

# $field (text): the NDC field
# $value (text): what was given
master-ndc_invalid = { $value } is not an NDC written with hyphens (4-4-2, 5-3-2, 5-4-1, 5-4-2 or 6-4-2).

# $field (text): the pack size field
master-pack_size_not_positive = The pack size must be more than zero.

# $field (text): the contract price field
master-price_negative = The contract price must not be negative.

# $field (text): the contract price field
# $max (number): the highest contract price allowed, in whole currency units
master-price_too_high = The contract price is above { $max } for one pack: check the figure (it is in the currency, not in cents).

# $key (text): the site code
master-site_exists = A site with the code { $key } exists already.

# $key (text): the username
master-user_exists = A user called { $key } exists already: choose another username.

# $key (text): the location code
master-location_exists = A location with the code { $key } exists already: choose another code.

# $key (text): the partner code
master-partner_exists = A supplier or partner with the code { $key } exists already: choose another code.

# $key (text): the GTIN
master-product_exists = A product with the GTIN { $key } exists already.

master-system_principal_missing = The system account is missing from this database: it was not set up by Custody. Restore a backup or ask for support.

# $field (text): the user field, when a form named the user
# $user (text): the username given
master-user_unknown = There is no user { $user }.

# $setting (text): the key asked for
master-setting_unknown = { $setting } is not one of the site's settings.

master-no_site = This database is not set up yet: set up the site and its first administrator first.

master-already_set_up = This database is already set up: sign in to it, or choose another file.

master-demo_needs_empty_database = Demonstration data goes into a new, empty database only: choose another database file.

# $location (text): the location code given
master-location_unknown = There is no location { $location }.

# $partner (text): the partner code given
master-partner_unknown = There is no supplier or partner { $partner }.

# $gtin (text): the GTIN given
master-product_unknown = There is no product with the GTIN { $gtin }: add it to the products first.

# $field (text): the GTIN field
# $gtin (text): the product's GTIN
# $value (text): the GTIN the change asked for
master-product_gtin_fixed = The GTIN of a product cannot be changed: it is how the ledger names { $gtin }. Add { $value } as a new product instead.

# $field (text): the tracking field
# $gtin (text): the product's GTIN
# $tracking (text): the product's tracking mode, serial or lot
master-product_tracking_fixed = Packs or lots of { $gtin } have been recorded, so it stays tracked by { $tracking }.

# $id (number): the product's row id
master-product_id_unknown = There is no product number { $id } in this database.

# $field (text): the role field
# $user (text): the username
# $role (text): the role asked for (staff, manager, qa)
master-last_admin_role = { $user } is the last active administrator and cannot be made { $role ->
        [staff] pharmacy staff
        [manager] an inventory manager
        [qa] a QA officer
       *[other] { $role }
    }: make someone else an administrator first.

## stock: packs and lots on hand

# $gtin (text): the pack's GTIN
# $serial (text): its serial number
stock-pack_unknown = No pack with the GTIN { $gtin } and the serial { $serial } has been recorded here.

# A pack reported stolen or taken as a sample that is not held here.
# $field (text): the serial field
# $serial (text): the pack's serial number
# $status (text): its status (dispensed, transferred_out, returned_to_supplier, destroyed, missing)
stock-pack_not_held = Pack { $serial } is not held here (it is { $status ->
        [dispensed] dispensed
        [transferred_out] transferred out of the site
        [returned_to_supplier] returned to the supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }): only a pack in stock or in quarantine can be reported stolen or taken as a sample.

# A pack given or taken as a sample that is not usable.
# $field (text): the reason field
# $serial (text): the pack's serial number
# $reason (text): why it is not usable (quarantined, expired, recalled)
stock-sample_not_usable = Pack { $serial } cannot leave as a sample: it is { $reason ->
        [quarantined] in quarantine
        [expired] expired
        [recalled] recalled
       *[other] { $reason }
    }. Only a usable pack is given as a sample; a pack that is gone is reported stolen.

# $gtin (text): the GTIN
# $lot (text): the lot
stock-lot_unknown = No lot { $lot } of the GTIN { $gtin } has been recorded here.

## movement: scanning packs in, out and around

# $field (text): the quantity field
movement-quantity_not_positive = The quantity must be at least 1.

# $field (text): the password field
movement-override_needs_signature = Overriding a blocked scan needs your signature: enter your password again.

# $field (text): the reason field
# $movement (text): the movement (quarantine or destroy)
movement-reason_required = Say why the stock is { $movement ->
        [destroy] destroyed
       *[quarantine] held in quarantine
    }.

# $field (text): the password field
# $movement (text): the movement (destroy or release)
movement-signature_required = { $movement ->
        [release] Releasing stock from quarantine
       *[destroy] Destroying stock
    } needs your signature: enter your password again.

# $field (text): the destination field
movement-transfer_needs_destination = A transfer needs a destination location, or the partner the stock leaves for.

# $field (text): the destination field
movement-transfer_to_same_location = The destination is where the stock already is: choose another location.

# $field (text): the shipment field
movement-shipment_only_for_receipts = Only receipts are checked against an expected shipment: choose no shipment, or receive.

# $field (text): the anti-tampering device check field
movement-tamper_only_at_dispense = An anti-tampering device check is made at a dispense only: scan again without it, or dispense.

# $field (text): the shipment field
# $shipment (number): the shipment's number
movement-shipment_closed = Expected shipment number { $shipment } is closed: receive without it, or choose another.

# $field (text): the supplier field
movement-return_needs_supplier = Choose the supplier the stock goes back to.

# $field (text): the supplier field
movement-receipt_needs_counterparty = A receipt needs to say where the goods come from: choose the supplier or sending site, or an expected shipment that names its supplier.

# $detail (text): what the GS1 decoder found
movement-scan_unreadable = The scan could not be read: { $detail }

## shipment: expected shipments (despatch advice)

# $shipment (number): the shipment's number
shipment-unknown = There is no expected shipment number { $shipment }.

# $reference (text): the shipment's document number
shipment-closed = Shipment { $reference } is closed already: nothing more can be received against it.

# $field (text): the reference field
shipment-file_without_reference = The file names no document number: give one.

## recall: recalls, their outcomes and closure

# $field (text): the scope field
recall-scope_empty = A recall needs at least one GTIN, GTIN and lot, or GTIN and serial.

# $recall (text): the recall number given
recall-unknown = There is no recall { $recall }.

# $field (text): the number field
# $recall (text): the recall number
recall-exists = Recall { $recall } exists already: open it, or give the new recall another number.

# $field (text): the number field
recall-file_without_number = The file names no recall number: give one.

# $field (text): the reason field
recall-file_without_reason = The file gives no reason for the recall: give one.

# $field (text): the class field
recall-file_without_class = The file gives no recall class: choose I, II, III or withdrawal.

# $field (text): the number or class field
# $notices (number): notices in the file
# $numbers (text): their numbers
recall-several_notices_one_header = The file holds { $notices } recall notices ({ $numbers }), each imported as a recall of its own with the number and class it gives: leave out the number and class, or import each notice from a file of its own.

# $recall (text): the recall number
recall-closed_cannot_extend = Recall { $recall } is closed: enter a new recall instead.

# $recall (text): the recall number
# $scope (text): the scope lines the hub added, e.g. "GTIN 09506000134352 lot L2"
recall-network_extended_closed = Recall { $recall } is closed here, but the hub has since added { $scope } to it, and a closed recall can hold nothing more: call the hub's QA officer, who should enter those as a new network recall.

# $recall (text): the recall number
recall-closed = Recall { $recall } is closed: nothing more can be recorded against it.

# $recall (text): the recall number
recall-closed_already = Recall { $recall } is closed already.

# $recall (text): the recall number a site tried to share with the hospital network
recall-share_one_product = Recall { $recall } cannot go to the network as it is: a network recall covers one product (one GTIN), by lots or serials. Enter a recall here for each product, under a number of its own, and share each.

# $recall (text): the recall number
# $gtin (text): the GTIN it covers every pack of
recall-share_whole_product = Recall { $recall } covers every pack of GTIN { $gtin }, and a network recall names the lots or serials it covers: ask the hub's QA officer to enter it at the hub with its lots (custody-hub recall add).

# $field (text): the password field
recall-destroy_needs_signature = Destroying stock needs your signature: enter your password again.

# $field (text): the supplier field
recall-return_needs_supplier = Choose the supplier the stock goes back to.

# $field (text): the serial field
# $serial (text): the pack's serial
# $recall (text): the recall number
recall-pack_not_affected = The pack with serial { $serial } is not affected by recall { $recall }.

# $field (text): the outcome field
recall-nothing_matches = Nothing still open in the recall matches what was chosen.

# $field (text): the outcome field
# $outcome (text): the outcome chosen (returned_to_supplier, destroyed, notified, not_found)
# $matches (text): what matches, by status
recall-outcome_does_not_apply = { $outcome ->
        [returned_to_supplier] Returned to the supplier
        [destroyed] Destroyed
        [notified] Notified
        [not_found] Not found
       *[other] { $outcome }
    } does not apply to what matches ({ $matches }): packs held here are returned, destroyed or not found; packs that left are notified or not found.

# $recall (text): the recall number
# $open (number): items still open
# $items (text): what is open, where
recall-still_open = Recall { $recall } cannot be closed: { $open ->
        [one] 1 item is
       *[other] { $open } items are
    } still open ({ $items }). Record an outcome for each first.

## count: stock counts

# $count (number): the count's number
count-unknown = There is no count number { $count }.

# $field (text): the location field
# $count (number): the count still open there
# $location (text): the location's code
count-open_at_location = Count { $count } at { $location } is not applied or abandoned yet: finish it (or abandon it) before starting another count there.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_open = Count { $count } is { $status ->
        [finished] finished
        [applied] applied
       *[abandoned] abandoned
    }, so it takes no more scans.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-closed = Count { $count } is already { $status ->
        [applied] applied
       *[abandoned] abandoned
    }: nothing more can be done with it.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_finished = Count { $count } is { $status ->
        [open] still open for scanning: finish it before applying it
        [applied] already applied
       *[abandoned] abandoned, so it cannot be applied
    }.

# $field (text): the quantity field
count-quantity_not_positive = The quantity counted must be at least 1.

# $field (text): the quantity field
# $quantity (number): the total typed
count-quantity_negative = A lot's total cannot be { $quantity }: type what is on the shelf (0 if none of it is there).

# $field (text): the quantity field
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-quantity_too_large = { $quantity } is more than a count takes for one lot (at most { $max }): type how many are on the shelf. If a scanner read a code into the quantity, scan the pack again.

# $field (text): the quantity field
# $lot (text): the lot
# $product (text): the product's name
# $counted (number): the lot's total counted so far
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-lot_total_too_large = Lot { $lot } of { $product } already has { $counted } counted: { $quantity } more would be over { $max }, more than a count takes for one lot. Correct the lot's total instead.

# $field (text): the lot field
# $lot (text): the lot
# $product (text): the product's name
count-lot_not_counted = Lot { $lot } of { $product } was not counted in this count: scan it to count it.

## levels: reorder rules, shortages, expiry alerts

# $field (text): the field at fault
# $problem (text): what is wrong with it
levels-rule_invalid = The reorder rule was not saved: { $problem }

# $field (text): the location field
# $product (text): the product's name
# $location (text): the location code
levels-rule_unknown = The reorder rule was not removed: { $product } has no rule at { $location }.

# $field (text): the days fields
# $lead_time (number): the lead time given, in days
# $safety (number): the safety days given
# $cycle (number): the order cycle given, in days
levels-suggest_days_invalid = Lead time ({ $lead_time }) and safety days ({ $safety }) must be zero or more, and the order cycle ({ $cycle }) at least one day.

# $field (text): the product field
levels-position_needs_product_or_location = Choose a product, a location, or both.

# $field (text): the window field
levels-expiry_no_window = Give at least one window in days.

# $field (text): the window field
# $max (number): the longest window
levels-expiry_window_out_of_range = An expiry window is between 0 and { $max } days.

# $field (text): the windows field
# $value (text): what was typed
levels-window_not_a_number = { $value } is not a number of days: give whole numbers separated by commas, for example 30, 60, 90.

# $field (text): the windows field
# $days (number): the window given
# $max (number): the longest window
levels-window_out_of_range = { $days ->
        [one] 1 day
       *[other] { $days } days
    } is not an alert window: each is from 1 to { $max } days.

# $field (text): the windows field
levels-no_windows = Give at least one alert window in days, for example 30, 60, 90.

# $field (text): the windows field
# $windows (number): how many were given
# $max (number): the most allowed
levels-too_many_windows = { $windows } alert windows were given: give at most { $max }.

## insights: patterns found in the ledger

# $field (text): the supplier field
# $supplier (text): the supplier's code given
insights-trends_by_supplier = Consumption trends are per product and location, and use has no supplier ({ $supplier }): remove the supplier filter.

## report: printed reports and extracts

# $field (text): the end date field
# $from (text): the start date
# $to (text): the end date
report-range_backwards = The end date { $to } is before the start date { $from }: swap them.

# $field (text): the start date field
# $limit (number): the most events one extract lists
report-audit_too_many_events = The extract would list more than { $limit } events: narrow the dates, the user or the location.

# $field (text): the report field
# $report (text): the name given
# $known (text): the reports there are
report-unknown_kind = There is no report called { $report }: there are { $known }.

## backup: backups and restores

# $path (text): the file
# $detail (text): what SQLite said
backup-open_failed = { $path } could not be opened as a database ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_unreadable = The folder { $path } could not be read ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_created = The folder { $path } could not be created ({ $detail }): check the disk is connected and writable.

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_writable = Nothing can be written into { $path } ({ $detail }): choose a folder you may write to.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_renamed = The verified backup could not be given its name { $path } ({ $detail }); nothing was kept.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_copied = The backup { $path } could not be copied in ({ $detail }); the database was left as it was.

# $path (text): the database file
# $detail (text): what the system said
backup-not_moved_aside = The database { $path } could not be moved aside ({ $detail }); nothing was restored.

# $path (text): the database file
# $detail (text): what the system said
backup-not_put_in_place = The backup could not be put in place of { $path } ({ $detail }); the database that was there has been put back.

# $path (text): the file
# $detail (text): what the system said
backup-not_flushed = { $path } could not be written safely to disk ({ $detail }).

# $path (text): the path
# $field (text): the folder field, when the person typed it
backup-path_not_text = The path { $path } has characters Custody cannot store: choose a folder whose name is plain text.

# $field (text): the folder field
# $path (text): what was typed
backup-folder_not_absolute = { $path } is not a full path: start it at the root, for example /media/usb.

# $field (text): the folder field
# $path (text): the folder
backup-database_folder = { $path } holds the open database: keep backups in a folder of their own.

# $field (text): the folder field
# $path (text): the file in the way
backup-is_open_database = { $path } is the open database: choose another backup folder.

# $path (text): the backup file
backup-exists = A backup { $path } exists already (one was taken this second): try again in a moment.

# $problems (text): what the check found
backup-not_verified = The backup did not pass its check, so it was discarded: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $database (text): the database being replaced
backup-restore_onto_itself = { $path } is the database being replaced ({ $database }): choose the backup file to restore.

# $field (text): the backup field
# $path (text): the backup given
backup-restore_working_file = { $path } is the restore's own working file: copy it elsewhere first.

# $field (text): the backup field
# $path (text): the backup given
# $problems (text): what the check found
backup-not_good = { $path } is not a good backup, so nothing was restored: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $differences (text): the tables, indexes, triggers or views that differ
backup-schema_differs = { $path } does not have the tables and indexes Custody creates, so it was not restored: { $differences }.

# $path (text): the kept-aside file
backup-aside_exists = { $path } exists already from an earlier restore: wait a second and restore again.

## ledger: what is recorded and when

# $site (text): the site's code
# $now (text): the computer's clock
# $last (text): when the newest event was recorded
ledger-clock_behind = This computer's clock says { $now }, but the ledger of site { $site } already has an event recorded at { $last }: the clock has been turned back, so nothing was recorded. Set the computer's date and time right (ask an administrator) and try again.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
ledger-occurred_in_future = It cannot be recorded as having happened at { $occurred }: that is after now ({ $now }). Nothing was recorded.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
# $days (number): the site's late-entry window
ledger-occurred_too_early = It cannot be recorded as having happened at { $occurred }: that is more than { $days ->
        [one] 1 day
       *[other] { $days } days
    } before now ({ $now }), the furthest back this site lets anyone enter what happened (an administrator sets this late-entry window). Nothing was recorded.

# $field (text): the days field
# $days (number): what was asked
# $max (number): the longest window
ledger-late_entry_out_of_range = The late-entry window is 0 to { $max } days, not { $days }.

# $now (text): the clock's time
# $last (text): when the newest event was recorded
ledger-clock_not_behind = The clock ({ $now }) is not behind the ledger's newest event ({ $last }): there is nothing to correct.

ledger-clock_nothing_recorded = The ledger has no events yet, so there is no clock to correct.

ledger-clock_correction_unsigned = A clock correction must be signed by the administrator who makes it: enter your password.

ledger-clock_correction_alone = A clock correction is recorded on its own, as a correction of the clock. Nothing was recorded.

ledger-signed_by_another = An event is signed by the person who records it: sign in as yourself and sign again.

# $kind (text): the event's kind
ledger-user_event_needs_subject = A change to a user's account ({ $kind }) must name the user it changes. Nothing was recorded.

# $kind (text): the event's kind
ledger-not_a_user_event = { $kind } is not a change to a user's account. Nothing was recorded.

# $kind (text): the event's kind
ledger-event_without_lines = A { $kind } event needs at least one pack or lot. Nothing was recorded.

# $field (text): the quantity field
ledger-quantity_not_positive = A quantity must be more than zero.

# $id (number): the product's row id
ledger-product_missing = Product number { $id } is missing from the database. Nothing was recorded.

# $id (number): the location's row id
ledger-location_missing = Location number { $id } is missing from the database. Nothing was recorded.

# $id (number): the partner's row id
ledger-partner_missing = Partner number { $id } is missing from the database. Nothing was recorded.

# $line (number): the event's line
ledger-pack_line_without_status = Line { $line } moves a pack without saying where it ends up. Nothing was recorded.

# $line (number): the event's line
# $serial (text): the pack's serial
ledger-pack_already_known = Line { $line }: the pack with serial { $serial } was recorded meanwhile by someone else. Nothing was recorded: scan again.

# $line (number): the event's line
# $serial (text): the pack's serial
# $status (text): where the line expected it (in_stock, quarantined, …)
ledger-pack_moved = Line { $line }: the pack with serial { $serial } is no longer { $status ->
        [in_stock] in stock
        [quarantined] in quarantine
       *[other] { $status }
    } where it was; the stock changed meanwhile. Nothing was recorded: scan again.

# $line (number): the event's line
ledger-quantity_line_without_lot = Line { $line } gives a quantity without a lot. Nothing was recorded.

# $line (number): the event's line
ledger-lot_without_location = Line { $line } takes lot stock from no location. Nothing was recorded.

# $line (number): the event's line
# $quantity (number): how many the line takes
# $lot (text): the lot
# $status (text): the stock's status (in_stock, quarantined, …)
ledger-lot_short = Line { $line }: there are fewer than { $quantity } of lot { $lot } { $status ->
        [in_stock] in stock
        [quarantined] in quarantine
       *[other] { $status }
    } there; the stock changed meanwhile. Nothing was recorded: scan again.

ledger-enrolment_times_unreadable = The users' creation times cannot be read, so they cannot be enrolled on the ledger.

# $seq (number): the event put back
# $expected (number): the position it would take
ledger-restored_out_of_order = Event { $seq } cannot be put back at position { $expected } of this ledger: nothing was written.

# $seq (number): the event put back
ledger-restored_hash_differs = Event { $seq }, put back from the hub, does not hash as the hub's copy in this file: nothing was written. Call the hub administrator.

## import: files brought in (products, shipments, recalls, reorder rules)

# $problems (number): problems listed below the sentence
# $all_listed (text): yes when every problem is listed, no when more were found than listed
import-rejected = The file was not imported: { $all_listed ->
        [no] more than { $problems } problems were found
       *[yes] { $problems ->
            [one] it has 1 problem
           *[other] it has { $problems } problems
        }
    }. Correct the file and import it again.

# $field (text): the file field
# $path (text): the file
# $limit_mb (number): the largest file imported, in MB
import-file_too_large = { $path } is larger than { $limit_mb } MB: it is not a file Custody imports.

# $field (text): the file field
# $path (text): the path given
import-file_is_folder = { $path } is a folder, not a file: choose the file itself.

# $field (text): the file field
# $path (text): the file
# $detail (text): what the system said
import-file_unreadable = { $path } could not be read ({ $detail }).

## store: the database file

# $path (text): the database file
# $detail (text): what SQLite said
store-open = The database { $path } could not be opened ({ $detail }).

# $found (number): the file's schema version
# $supported (number): the newest this version knows
store-too_new = This database was written by a newer version of Custody (schema { $found }; this version knows up to { $supported }): upgrade Custody to open it.

# $name (text): the migration
# $detail (text): what SQLite said
store-migration = The database could not be upgraded: step { $name } failed ({ $detail }), and nothing of it was applied.

# $detail (text): what SQLite said
store-database = The database refused or failed: { $detail }. Nothing was recorded.

# $detail (text): why the benchmark scan was not recorded
store-benchmark_scan_refused = A benchmark scan was not recorded, so the benchmark measures nothing: { $detail }

## api: the application layer's own refusals (crates/api)

# $operation (text): what was asked for
api-unknown_operation = Custody has no operation called { $operation }.

# $operation (text): the operation
# $reason (text): what did not fit, as the reader said it
api-bad_request = The request for { $operation } could not be read: { $reason }

# $reason (text): what failed
api-internal = Custody failed: { $reason }. Restart it; if it happens again, tell your administrator.

# $field (text): the date field
# $date (text): what was typed
api-date_unreadable = "{ $date }" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01.

## session: who is signed in

session-not_signed_in = Sign in first.

# $reason (text): idle (the session went quiet too long) or not_signed_in
# $minutes (number): the idle minutes that ended it (0 when nobody was signed in)
session-signed_out = { $reason ->
        [idle] Signed out after { $minutes ->
            [one] 1 minute
           *[other] { $minutes } minutes
        } without activity.
       *[other] Sign in first.
    }

## auth (api): a password re-entered to sign

# $field (text): the password field
# $meaning (text): approved, performed or reviewed
auth-signature_required = This is signed: re-enter your password ({ $meaning ->
        [approved] you approve it
        [performed] you did it
       *[other] you reviewed it
    }).

## scan: what a scanner sent

# $field (text): the scan field
scan-empty = The scan was empty: scan the pack again.

# $field (text): the scan field
# $said (text): what the decoder said (given as its code and arguments)
scan-unreadable = The scan could not be read: { $said }

# $field (text): the scan field
scan-no_gtin = The scan has no GTIN: scan the pack's own code, not a shipping label.

## scan.photo: a photo of a pack read for its codes (crates/api photo.rs)

# $megabytes (number): the file's size in megabytes, rounded up
# $limit (number): the largest photo read, in megabytes
scan-photo_too_large = This file is { $megabytes } MB: Custody reads photos of up to { $limit } MB. Send a smaller photo (a phone's usual size is enough).

# $reason (text): what the base64 reader said, in English
scan-photo_not_base64 = The photo did not arrive whole and could not be read ({ $reason }). Add it again.

scan-photo_empty = The file is empty: there is no photo in it.

scan-photo_heic = This is a HEIC photo, which Custody cannot read: export it as JPEG (or set the phone's camera to "Most compatible") and send it again.

# $found (text): what the file looks like (GIF, PDF, WebP, AVIF, …)
scan-photo_unknown_format = This is not a JPEG or PNG photo (it looks like { $found }): send the photo as JPEG or PNG.

# $format (text): JPEG or PNG
# $reason (text): what the image decoder said, in English
scan-photo_unreadable = The { $format } photo could not be opened; it may be cut short or damaged ({ $reason }). Send it again.

## scan.decode: why the decoder refused a scan
#
# The decoder's own sentences (crates/gs1): each refusal of a scan is a code and its arguments,
# said here in the session's language; in English each reads exactly as the decoder's message.
# AIs, their GS1 titles (EXPIRY, BATCH/LOT, …), values and characters are arguments, never
# translated. "$what" says what a character is (space, gs, control, char, end, byte) and
# "$char" shows it (the character, U+0001, 0x80).

scan-decode-bracket_expected = Expected '(' to open the next AI in the bracketed form.

scan-decode-bracket_unclosed = An AI is opened with '(' but never closed with ')'.

# $ai (text): the digits between the brackets
scan-decode-unknown_ai-bracketed = ({ $ai }) is not an AI in the GS1 dictionary.

scan-decode-no_data = The scan holds a GS1 symbology identifier but no data.

scan-decode-leading_separator = The data starts with a group separator (GS) where the first AI should be. Some printers encode packs this way; the lenient option 'ignore_leading_gs' accepts it.

scan-decode-double_separator = Two group separators (GS) in a row: an element is missing between them.

# $ai (text): the AI
# $title (text): its GS1 title
# $needed (number): the characters its value needs
# $left (number): the characters left in the scan
scan-decode-truncated = The data ends inside AI ({ $ai }) { $title }: it needs { $needed } characters but only { $left } are left. The scan was cut short; rescan the pack.

# $digits (text): the digits where an AI should start
scan-decode-unknown_ai = '{ $digits }…' does not start with an AI in the GS1 dictionary. The code may be damaged, or the scanner may have dropped a group separator before it.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-unknown_ai-not_digits = Expected an AI (digits) but found { $what ->
        [space] a space
        [gs] a group separator (GS)
        [control] the control character { $char }
        [end] the end of the data
        [byte] the byte { $char }
       *[char] '{ $char }'
    }. The code may be damaged, or the scanner may have dropped a group separator before it.

# $ai (text): the AI
# $title (text): its GS1 title
# $first (text): its first value
# $second (text): its other value
scan-decode-duplicate_ai = AI ({ $ai }) { $title } appears twice with different values ('{ $first }' and '{ $second }').

# $ai (text): the AI
# $title (text): its GS1 title
# $other (text): the AI it excludes
# $other_title (text): that AI's GS1 title
scan-decode-invalid_ai_pair = AI ({ $ai }) { $title } must not appear together with AI ({ $other }) { $other_title }.

# $ai (text): the AI
# $title (text): its GS1 title
# $wanted (text): the AIs it needs, alternatives separated by commas (01, 02+37)
scan-decode-missing_associated_ai = AI ({ $ai }) { $title } needs one of these AIs with it: { $wanted }.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-invalid_character = The web address contains { $what ->
        [space] a space
        [gs] a group separator (GS)
        [control] the control character { $char }
        [end] the end of the data
        [byte] the byte { $char }
       *[char] '{ $char }'
    }, which is not allowed in a URI.

# $example (text): a path with a GS1 key (/01/{GTIN})
scan-decode-dl-no_primary_key = This web address is not a GS1 Digital Link: its path has no GS1 key such as { $example }.

scan-decode-dl-not_http = Only http and https addresses can be GS1 Digital Links.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-domain_character = The web address's domain contains { $what ->
        [space] a space
        [gs] a group separator (GS)
        [control] the control character { $char }
        [end] the end of the data
        [byte] the byte { $char }
       *[char] '{ $char }'
    }, which a domain cannot contain.

scan-decode-dl-path_ends_with_slash = The Digital Link path ends with '/': its last element is empty.

# $ai (text): the AI the query names
scan-decode-dl-unknown_ai = The Digital Link query names AI ({ $ai }), which is not in the GS1 dictionary.

# $ai (text): the AI
scan-decode-dl-duplicate_ai = AI ({ $ai }) appears more than once in the Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-ai_should_be_in_path = AI ({ $ai }) { $title } is a key qualifier: it belongs in the Digital Link path, not in the query.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-invalid_attribute = AI ({ $ai }) { $title } is not allowed in a Digital Link query.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-empty_value = AI ({ $ai }) { $title } has an empty value in the Digital Link.

# $path (text): the path's AIs (01/21/10)
# $key (text): the key's AI
# $order (text): the order its qualifiers go in (22, 10, 21)
# $or (text): yes when there are other orders, else no
# $others (text): the other orders
scan-decode-dl-qualifier_order = The Digital Link path has the AIs { $path } in an order the standard does not allow (after { $key } the qualifiers go in the order { $order }{ $or ->
        [yes] { " or " }{ $others }
       *[no] {""}
    }).

scan-decode-ifa-no_product_code = This IFA code has no product code (neither a PPN in 9N nor a GTIN in 8P).

scan-decode-ifa-not_format_06 = This ISO/IEC 15434 message is not in format 06, the format of IFA pack codes.

scan-decode-ifa-no_identifier = An IFA field has no data identifier.

# $di (text): the field's data identifier (9N, 1T, S, D, …)
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-ifa-invalid_character = The IFA field { $di } contains { $what ->
        [space] a space
        [gs] a group separator (GS)
        [control] the control character { $char }
        [end] the end of the data
        [byte] the byte { $char }
       *[char] '{ $char }'
    }, which is not allowed.

# $di (text): the field's data identifier
scan-decode-ifa-empty = The IFA field { $di } is empty.

# $value (text): the date as scanned
scan-decode-ifa-expiry = The expiry '{ $value }' is not a real date (YYMMDD).

# $value (text): the date as scanned
scan-decode-ifa-manufactured = The manufacturing date '{ $value }' is not a real date (YYYYMMDD).

# $di (text): the field's data identifier
# $max (number): the most characters it may have
scan-decode-ifa-too_long = The IFA field { $di } is longer than { $max } characters.

# $gtin (text): the GTIN as scanned
# $length (number): its number of digits
scan-decode-ifa-gtin-length = The GTIN '{ $gtin }' in field 8P is not valid: a GTIN has 8, 12, 13 or 14 digits, not { $length }.

# $gtin (text): the GTIN as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-ifa-gtin-non_digit = The GTIN '{ $gtin }' in field 8P is not valid: a GTIN has only digits (character { $position } is not).

# $gtin (text): the GTIN as scanned
# $expected (text): the check digit it should have
scan-decode-ifa-gtin-check_digit = The GTIN '{ $gtin }' in field 8P is not valid: the GTIN's check digit is wrong (it should be { $expected }).

scan-decode-ifa-ppn = This is not a valid PPN.

# $ppn (text): the PPN as scanned
# $expected (text): the check digits it should have
scan-decode-ifa-ppn-check_digits = The PPN '{ $ppn }' has wrong check digits (they should be { $expected }). Rescan the pack or check the printed PZN.

scan-decode-ifa-ppn-pzn = The PZN inside the PPN has a wrong check digit.

# $symbology (text): the symbology identifier's letter and modifier (E0, A0, …)
scan-decode-unsupported_symbology = This barcode type (symbology identifier ]{ $symbology }) does not carry GS1 pack data. Scan the 2D code (Data Matrix) on the pack.

scan-decode-not_gs1 = This barcode is readable but holds no GS1 pack data (no GTIN). It is not a pack code: scan the pack's Data Matrix.

# $gtin (text): the digits as scanned
# $length (number): their number
scan-decode-gtin-length = '{ $gtin }' is not a valid GTIN: a GTIN has 8, 12, 13 or 14 digits, not { $length }.

# $gtin (text): the digits as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-gtin-non_digit = '{ $gtin }' is not a valid GTIN: a GTIN has only digits (character { $position } is not).

# $gtin (text): the digits as scanned
# $expected (text): the check digit it should have
scan-decode-gtin-check_digit = '{ $gtin }' is not a valid GTIN: the GTIN's check digit is wrong (it should be { $expected }).

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_short = AI ({ $ai }) { $title } is too short.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_long = AI ({ $ai }) { $title } has more characters than it allows.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-empty = AI ({ $ai }) { $title } has no value.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long = AI ({ $ai }) { $title } is { $length } characters long; at most { $max } are allowed.

# A value of variable length: the separator after it may be missing.
# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long-separator = AI ({ $ai }) { $title } is { $length } characters long; at most { $max } are allowed. The scanner may have dropped a group separator (GS) between two fields: check the scanner's keyboard settings.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $min (number): the fewest characters it needs
scan-decode-value_too_short = AI ({ $ai }) { $title } is { $length } characters long; it needs at least { $min }.

# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character = AI ({ $ai }) { $title } contains { $what ->
        [space] a space
        [gs] a group separator (GS)
        [control] the control character { $char }
        [end] the end of the data
        [byte] the byte { $char }
       *[char] '{ $char }'
    }, which is not allowed there ({ $charset ->
        [numeric] digits only
        [cset82] letters, digits and the GS1 punctuation set
        [cset39] capital letters, digits, '#', '-' and '/'
       *[cset64] base64url characters
    }). Rescan the pack; if it persists, the code is misprinted.

# A character beyond ASCII, as a scanner typing on a non-US keyboard layout sends.
# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character-keyboard = AI ({ $ai }) { $title } contains { $what ->
        [space] a space
        [gs] a group separator (GS)
        [control] the control character { $char }
        [end] the end of the data
        [byte] the byte { $char }
       *[char] '{ $char }'
    }, which is not allowed there ({ $charset ->
        [numeric] digits only
        [cset82] letters, digits and the GS1 punctuation set
        [cset39] capital letters, digits, '#', '-' and '/'
       *[cset64] base64url characters
    }). A keyboard-wedge scanner on a non-US keyboard layout can produce such characters: set the scanner to a universal keyboard mode or USB-COM.

## scan.decode.lint: a value that breaks its AI's rule
#
# Every one says the AI, its title and the value: "$ai (text): the AI", "$title (text): its
# GS1 title", "$value (text): the value as scanned".

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
# $expected (text): the check digit it should have
scan-decode-lint-check_digit = AI ({ $ai }) { $title } '{ $value }': the check digit is wrong (the last digit should be { $expected }). The code is misprinted or misread; rescan it or type the number printed on the pack.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-check_pair = AI ({ $ai }) { $title } '{ $value }': the check character pair is wrong.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-iban = AI ({ $ai }) { $title } '{ $value }': this is not a valid IBAN.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-day_zero = AI ({ $ai }) { $title } '{ $value }': day 00 is not allowed in this date.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yymmdd = AI ({ $ai }) { $title } '{ $value }': this is not a real date (YYMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yyyymmdd = AI ({ $ai }) { $title } '{ $value }': this is not a real date (YYYYMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hhmi = AI ({ $ai }) { $title } '{ $value }': this is not a real time (HHMM).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hour = AI ({ $ai }) { $title } '{ $value }': this is not a real hour.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-minute = AI ({ $ai }) { $title } '{ $value }': this is not a real minute or second.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country = AI ({ $ai }) { $title } '{ $value }': this is not an ISO 3166 country code.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country_alpha2 = AI ({ $ai }) { $title } '{ $value }': this is not a two-letter country code.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-currency = AI ({ $ai }) { $title } '{ $value }': this is not an ISO 4217 currency code.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-sex = AI ({ $ai }) { $title } '{ $value }': this is not an ISO 5218 sex code.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yes_no = AI ({ $ai }) { $title } '{ $value }': this must be 0 (no) or 1 (yes).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_zero = AI ({ $ai }) { $title } '{ $value }': this must not be zero.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero = AI ({ $ai }) { $title } '{ $value }': this must be 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-winding = AI ({ $ai }) { $title } '{ $value }': the winding direction must be 0, 1 or 9.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-piece_of_total = AI ({ $ai }) { $title } '{ $value }': the piece number must be between 1 and the total number of pieces.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-percent = AI ({ $ai }) { $title } '{ $value }': a '%' must be followed by two hexadecimal digits.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hyphen = AI ({ $ai }) { $title } '{ $value }': this must be a hyphen.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-latitude = AI ({ $ai }) { $title } '{ $value }': this is not a valid latitude.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-longitude = AI ({ $ai }) { $title } '{ $value }': this is not a valid longitude.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_digit = AI ({ $ai }) { $title } '{ $value }': this must contain at least one character that is not a digit.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero_prefix = AI ({ $ai }) { $title } '{ $value }': this must not start with 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-importer_index = AI ({ $ai }) { $title } '{ $value }': this is not a valid importer index.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-media_type = AI ({ $ai }) { $title } '{ $value }': this is not a valid AIDC media type.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-position_in_sequence = AI ({ $ai }) { $title } '{ $value }': this must be a position and a total such as 1/2.

## settings: the site's settings

# $field (text): the substitutes field
# $substitute (text): the substitute refused
settings-gs_substitute_unusable = "{ $substitute }" cannot stand in for the group separator: a serial number may contain it, or it is blank. Use a character such as ~ or a token such as <GS>.

# $field (text): the short-dated window field
# $days (number): what was given
# $max (number): the longest window
settings-short_dated_days_out_of_range = The short-dated window is 0 to { $max } days, not { $days }.

# $field (text): the price tolerance field
# $percent (number): what was given
# $max (number): the largest tolerance
settings-price_tolerance_out_of_range = The price tolerance is 0 to { $max } %, not { $percent } %.

# $field (text): the currency field
# $currency (text): what was given
settings-currency_unknown = “{ $currency }” is not a currency in use: give its three-letter ISO 4217 code, such as EUR, USD or XOF.

## files: files written for a person

# $path (text): the file
files-exists = { $path } already exists: confirm to replace it, or choose another name.

# $path (text): the file
files-open_database = { $path } is the open database (or its journal): choose another name.

# $path (text): the path
files-not_a_file = { $path } is a folder, not a file: give a file name.

# $path (text): the file
# $reason (text): what the system said
files-io = { $path } could not be written: { $reason }

# $field (text): the folder field
# $path (text): the folder
files-backup_beside_database = { $path } holds the open database: keep backups in a folder of their own (a subfolder such as backups, or another disk).

## recall, count, levels, report, stock, epcis, user, site (api checks before core)

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
recall-gtin_unreadable = "{ $gtin }" is not a GTIN: { $reason }

# $field (text): the scan field
# $said (text): why the code could not be read (given as its code and arguments)
recall-scan_unreadable = The scan could not be read: { $said } Scan the pack again.

# $field (text): the scan field
# $recall (text): the recall number
recall-scan_not_a_pack = This code names no single pack (it has no GTIN or no serial): scan the pack's 2D code, or record the outcome for its lot or location in recall { $recall }.

# $field (text): the scan field
# $gtin (text): the scanned pack's GTIN
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_not_affected = Not in recall { $recall }: the pack { $gtin } serial { $serial } is not covered by it. Put it back; nothing was recorded.

# $field (text): the outcome field
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_found = The pack with serial { $serial } was just scanned, so it was found: choose what becomes of it (returned to supplier or destroyed) for recall { $recall }, not "not found". Nothing was recorded.

# $field (text): the scan field
# $serial (text): the pack's serial
# $recall (text): the recall number
# $outcome (text): the outcome or status already recorded
recall-pack_resolved = The pack with serial { $serial } is already accounted for in recall { $recall } ({ $outcome }): nothing was recorded again.

# $field (text): the meaning field
# $meaning (text): the meaning given
recall-close_meaning = Closing a recall is signed as approved or reviewed, not { $meaning }.

# $field (text): the meaning field
# $meaning (text): the meaning given
count-apply_meaning = Applying a count is signed as approved or reviewed, not { $meaning }.

# $field (text): the file field
# $file (text): the name given
report-file_name = "{ $file }" is not a file name: give a name such as stock.pdf, without folders.

# $field (text): the file field
# $file (text): the name given
report-file_extension = End the file name "{ $file }" in .pdf (the printable report) or .csv (its rows).

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
report-gtin_unreadable = "{ $gtin }" is not a GTIN: { $reason }

# $field (text): the serial field
report-serial_missing = Give the pack's serial number.

# $title (text): the report
# $reason (text): what failed
report-render_failed = { $title } could not be written as a file: { $reason }

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
stock-gtin_unreadable = "{ $gtin }" is not a GTIN: { $reason }

# $field (text): the serial field
stock-serial_missing = Give the serial number (or a lot, for a lot's history).

# $field (text): the lot field
stock-lot_missing = Give the lot.

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
epcis-gtin_unreadable = "{ $gtin }" is not a GTIN: { $reason }

# $field (text): the end date field
epcis-days_reversed = The export ends before it starts: give the later day second.

# $field (text): the repeated password field
auth-passwords_differ = The two passwords differ: type the same password twice.

# $field (text): the username field
master-username_missing = Give the username.

# $field (text): the occurred-time field
# $time (text): what was given
movement-occurred_unreadable = "{ $time }" is not a time: write it as 2026-11-20T14:30:00+01:00.

# $field (text): the destination field
# $movement (text): the movement
movement-destination_not_used = A { $movement } does not move stock to another location: leave the destination empty (only a transfer, a quarantine or a release takes one).

# $movement (text): the movement
movement-run_override_refused = The scan screen reads scans with the site's settings; a { $movement } from it cannot bring settings of its own (a manager changes them in Settings).

## Replenishment: who supplies whom, pick lists, supplier orders

# $field (text): the supplying location field
# $supplier (text): the location code given
master-supplier_location_unknown = There is no location { $supplier } to supply from: choose a pharmacy or store.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplies_itself = { $location } cannot supply itself ({ $supplier }): choose the pharmacy or store that tops it up.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplier_location_inactive = { $supplier } is no longer in use, so it cannot supply { $location }.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
# $kind (text): what the location given is (ward, clinic, quarantine)
master-supplier_location_kind = { $supplier } is a { $kind }: only a pharmacy or a store can supply { $location }.

# $field (text): the location field
# $location (text): the location given
# $kind (text): what it is (pharmacy, store, quarantine)
master-supplied_not_ward = { $location } is a { $kind }: only a ward or a clinic is topped up from a supplying location.

# $field (text): the usual supplier field
# $supplier (text): the partner code given
master-usual_supplier_unknown = There is no supplier { $supplier }: add the supplier first, or choose one from the list.

# $reason (text): why the proposal could not be written
replenish-proposal_unwritable = The pick list could not be saved: { $reason }.

# $list (number): the pick list's number
replenish-pick_list_unknown = There is no pick list { $list }.

# $list (text): the pick list's reference (PICK-n)
replenish-pick_list_replaced = { $list } has been replaced by a newer pick list: pick from the newest one.

# $field (text): the scan field
# $reason (text): what the decoder found
replenish-pick_unreadable = This scan cannot be read: { $reason }. Nothing was recorded.

# $product (text): the product scanned (name or GTIN)
# $list (text): the pick list's reference
replenish-pick_not_on_list = { $product } is not on { $list }: put it back. Nothing was recorded.

# $product (text): the product scanned
# $location (text): the ward its line is for
replenish-pick_line_complete = { $product } for { $location } is picked already: put this pack back. Nothing was recorded.

# $product (text): the product whose order line does not fit
replenish-order_total_too_large = The order total for { $product } is too large to compute: check its contract price and the levels that ask for it. No order was made.

replenish-orders_total_too_large = The total of today's supplier orders is too large to compute: check the contract prices and the levels. No order was printed.

# $product (text): the product scanned
# $ward (text): the ward named as being picked for
# $list (text): the pick list's reference
replenish-pick_not_for_ward = { $product } is not on { $list } for { $ward }: put it back, or choose another ward. Nothing was recorded.

# $product (text): the product scanned
# $location (text): where the pack is recorded in stock
# $from (text): the locations the product's open lines are picked from
replenish-pick_not_from_here = This pack of { $product } is recorded at { $location }, but its open lines on this pick list are picked from { $from }: it cannot fill them. Pick from { $from }; nothing was recorded.

# $product (text): the product scanned
# $wards (text): the wards still open for it ("WARD-3A and WARD-4B")
replenish-pick_choose_ward = { $product } is on this pick list for { $wards }: choose which ward you are picking for. Nothing was recorded.

# $product (text): the product scanned
# $expiry (text): its expiry date
replenish-pick_expired = This pack of { $product } expired on { $expiry }: never send it to a ward. Set it aside; nothing was recorded.

# $field (text): the quantity field
# $quantity (number): the quantity scanned
# $left (number): what the line still wants
# $product (text): the product
replenish-pick_more_than_wanted = { $quantity } of { $product } is more than the { $left } still to pick: enter at most { $left }.

## national: the national verification systems (EU NMVS, US VRS)

# $field (text): the setting at fault
# $check (text): the word given
national-check_invalid = “{ $check }” is not a moment to verify at: choose off, at_dispense, at_receipt or decommission_at_receipt.

# $field (text): the setting at fault
# $market (text): the market given
national-market_invalid = “{ $market }” is not a national system: write US, or EU- and the country's two-letter code in capitals (EU-DE).

# $field (text): the setting at fault
# $check (text): the moment chosen
national-market_missing = To verify { $check }, choose the national system the site answers to first.

# $field (text): the setting at fault
# $market (text): the market chosen
national-dispense_needs_eu = { $market } takes no decommissions: only an EU site decommissions, at dispense or at receipt. Choose at_receipt or off.

# $id (number): the request
national-request_not_waiting = Verification request { $id } is not waiting: it was answered already, or there is no such request.

# $id (number): the request
national-request_not_failed = Verification request { $id } did not fail, so there is nothing to try again: only a refused request is queued again, once what refused it is mended.

# $id (number): the failed request
# $later (number): the request queued after it
national-retry_queued = Verification request { $id } is not queued again: request { $later } for the same pack was queued after it and stands in its place (a second decommission would raise a falsification alert).

# $id (number): the failed request
# $standing (number): the earlier decommission that still stands
national-retry_decommission_stands = Verification request { $id } is not queued again: the pack's decommission { $standing } still stands with the national system (its undo did not go through), and a second decommission would raise a falsification alert. Undo the first one, then try again.

# $field (text): the setting at fault
# $hours (number): the hours given
# $max (number): the longest window
national-window_invalid = { $hours } hours is not a decommission window: choose from 1 to { $max } hours.

# $path (text): the file
# $reason (text): what is wrong, and where
national-config_invalid = The national systems' file { $path } cannot be used: { $reason }. Nothing was sent; the queue waits until the file is mended.

# $path (text): the lock file
# $reason (text): why
national-drainer_running = Verification requests are already being sent for this database by another Custody (the app, or a command line): { $reason } ({ $path }). Only one sends at a time, so no request goes twice.

# $path (text): the lock file, or the database
# $reason (text): why
national-drainer_unavailable = Verification requests cannot be sent for this database: { $reason } ({ $path }). They wait in the queue.

# $path (text): the file looked for
# $reason (text): why
national-not_configured = No national system is configured for this database: { $path } ({ $reason }). The requests wait in the queue; see the README's "National verification" for the file's form.

# $serial (text): the pack's serial
national-pack_state_unreadable = The state of pack { $serial } cannot be read, so the alert could not hold it. Run custody verify.

## sync: the site's side of the hospital network

# $seq (number): the event
# $detail (text): what does not match
sync-ledger_changed = Event { $seq } of this ledger was changed after it was recorded ({ $detail }), so it is not sent to the hub. Run custody verify and call the hub administrator.

# $seq (number): the position asked for
sync-no_such_event = This site's ledger has no event { $seq }.

sync-no_site = This database has no site yet: set it up before it joins the network.

# $hub (text): the hub the site is enrolled with
sync-already_enrolled = This site is already enrolled with the hub at { $hub }. To enrol again (after the hub administrator resolved a fork, or to move to another hub), say so: custody sync enrol --re-enrol.

sync-not_enrolled = This site is not enrolled with a hub: an administrator enrols it with the code the hub administrator gives (custody sync enrol).

# $state (text): the state given
sync-not_a_refusal = { $state } is not a state the hub refuses with.

# $url (text): the address tried
# $detail (text): what the network said
sync-hub_unreachable = The hub could not be reached at { $url } ({ $detail }). Check the address and the network, then try again.

# $site (text): this database's site code
sync-enrolment_code_refused = The hub did not take this enrolment code: it is unknown, used, expired, or for another site than this database's, { $site }. Ask the hub's administrator for a code for site { $site } (custody-hub site code { $site }).

# $url (text): the address asked
# $code (text): the hub's refusal code
# $detail (text): the hub's refusal in words
sync-hub_refused = The hub refused ({ $url }, { $code }): { $detail }.

# $url (text): the address asked
# $status (number): the HTTP status of the answer
# $detail (text): what was wrong with the answer
sync-hub_answer = The answer from { $url } (status { $status }) is not the network's protocol ({ $detail }): check the address is the hub's.

# $field (text): the hub address field
# $hub (text): what was given
sync-bad_hub_address = { $hub } is not a hub address: give it as https://host:port (or http:// on a network you trust).

# $url (text): the address tried
# $detail (text): what the TLS library said of the hub's certificate
sync-hub_untrusted = The hub at { $url } showed a certificate this site does not trust ({ $detail }). If the hub uses the hospital's own certificate authority, set CUSTODY_HUB_CA to that authority's certificate (a PEM file); otherwise call the hub administrator: it may not be the hub.

# $path (text): the CA file named by CUSTODY_HUB_CA
# $why (text): what is wrong with it
sync-hub_ca_unusable = The hub's CA file { $path } (named by CUSTODY_HUB_CA) cannot be used: it { $why }.

# $detail (text): what the system said
sync-key_not_made = The site's signing key could not be made ({ $detail }).

# $cursor (number): where the site's pull cursor stands
# $after (number): where the page was pulled from
sync-pull_moved = The hub's changes were pulled from { $after }, but this site has already taken them up to { $cursor } (another pull ran at the same time): nothing was applied; pull again.

# $detail (text): what the site cannot take, and where
sync-feed_invalid = The hub sent a change this site cannot take ({ $detail }): nothing of the page was applied. Call the hub administrator.

# $seq (number): the first event the hub sent back
# $expected (number): this ledger's next event
sync-restore_not_next = The hub sent back events from { $seq }, but this ledger's next event is { $expected }: nothing was written. Run custody sync restore again.

# $detail (text): what does not check, naming the event
sync-restore_bad_chain = The events the hub sent back do not follow on from this ledger's last event ({ $detail }): nothing was written. Call the hub administrator.

# $seq (number): the event pulled back
# $kind (text): product, location, partner or user
# $key (text): the GTIN, code or username the event names
sync-restore_unknown_key = Event { $seq } from the hub names the { $kind } { $key }, which this site's file does not hold: nothing was written. Put back the { $kind } as the site had it when it recorded that event, then run custody sync restore again.

# $seq (number): the event pulled back
# $what (text): the field
# $detail (text): what it holds, or why it does not read
sync-restore_unreadable = Event { $seq } from the hub has a { $what } this version of Custody does not read ({ $detail }): nothing was written. Update Custody, then run custody sync restore again.

# $user (text): the administrator's username
sync-rebuild_admin_not_on_ledger = The site's ledger does not make { $user } an active administrator of it: a lost site is rebuilt by one of its own administrators, under the username its ledger names. The new database was taken away; ask the hub administrator for a new one-time code.

sync-rebuild_not_empty = A site is rebuilt from the hub into a new, empty database only: choose a file that does not exist yet.

# $message (text): why the rebuild stopped
sync-rebuild_incomplete = The site could not be rebuilt from the hub ({ $message }): the new database was taken away. Ask the hub administrator for a new one-time code (custody-hub site code) and try again.

## i18n: the languages Custody speaks

# $field (text): the language field
# $language (text): the tag asked for
# $languages (text): the tags Custody speaks
auth-language_unknown = Custody does not speak { $language }: choose one of { $languages }.

## verdict: what a scan found
#
# A scan's verdict and its findings (crates/core/src/movement) and a count scan's answer
# (crates/core/src/count): core sends the code and its arguments, the application layer renders
# them in the session's language. The code is "verdict." and the finding's code (a variant after
# another dot where one code has several sentences). Dates are YYYY-MM-DD; statuses, movements
# and recall classes come as their codes and are said in words here.

# Nothing was found and nothing recorded.
verdict-ok = Accepted.

# $product (text): the product's name
# $movement (text): the movement recorded (receive, dispense, transfer, return, quarantine, release, destroy, return_to_supplier)
verdict-recorded = { $product } { $movement ->
        [receive] received
        [dispense] dispensed
        [transfer] transferred
        [return] returned to stock
        [quarantine] quarantined
        [release] released
        [destroy] destroyed
        [return_to_supplier] returned to the supplier
       *[other] { $movement }
    }.

# Said after the finding that held the pack.
verdict-held = Held in quarantine.

# Said after the finding that held the pack.
# $location (text): the quarantine location's code
verdict-held-at = Held in quarantine ({ $location }).

# The decoder's own sentence (a "scan.decode." code above), said in the session's language.
# $reason (text): why the decoder refused the scan (given as its code and arguments)
verdict-decode_error = { $reason }

# $gtin (text): the GTIN scanned
verdict-unknown_product = GTIN { $gtin } is not in the product list. Add the product, then scan the pack again.

# $pzn (text): the PZN scanned (German national code)
verdict-unknown_product-pzn = PZN { $pzn } is not in the product list. Add the product, then scan the pack again.

# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator = AI ({ $ai }) '{ $value }' contains '{ $rest }…', which may be AI ({ $embedded }) run into it: the scanner may have dropped a group separator. Check the printed text on the pack.

# $product (text): the product's name
# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator-no_serial = { $product } is serialized but this scan has no serial. AI ({ $ai }) '{ $value }' contains '{ $rest }…', which may be AI ({ $embedded }) run into it: the scanner may have dropped a group separator. Check the printed text on the pack.

# $product (text): the product's name
verdict-missing_serial = { $product } is serialized: scan the pack's 2D code (Data Matrix), not its linear barcode.

# $product (text): the product's name
verdict-missing_lot = { $product } is tracked by lot: scan a code with the lot, or enter it.

# $lot (text): the lot
# $recorded (text): the expiry recorded for the lot
# $scanned (text): the expiry the pack's code gives
verdict-expiry_mismatch = Lot { $lot } was recorded with expiry { $recorded }, but this pack says { $scanned }: the pack may be falsified. Set it aside for QA.

# $serial (text): the pack's serial number
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled = Pack { $serial } is under recall { $recall } ({ $class ->
        [withdrawal] Market withdrawal
       *[other] Class { $class }
    }): do not use it. Set it aside in quarantine for QA.

# $lot (text): the lot
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled-lot = Lot { $lot } is under recall { $recall } ({ $class ->
        [withdrawal] Market withdrawal
       *[other] Class { $class }
    }): do not use it. Set it aside in quarantine for QA.

# $expiry (text): the expiry date
verdict-expired = Expired on { $expiry }. Do not use; quarantine or destroy it.

# $expiry (text): the expiry date
# $days (number): days from today to the expiry
verdict-short_dated = Short-dated: expires on { $expiry }, in { $days } days.

# A receipt of a pack already held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial = Pack { $serial } is already { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }{ $located ->
        [yes] {" "}at { $location }
       *[no] {""}
    }: this is a duplicate or cloned pack. Set it aside for QA.

# A ward return of a pack still held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial-return = Pack { $serial } is already { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }{ $located ->
        [yes] {" "}at { $location }
       *[no] {""}
    }: it cannot be returned again.

# A receipt of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned = Pack { $serial } was already { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }: a pack cannot come back in. It may be reused or cloned; set it aside for QA.

# A ward return of a pack destroyed or sent back.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned-return = Pack { $serial } was { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }: it cannot be returned to stock.

# Any other movement of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $movement (text): the movement asked for (dispense, transfer, quarantine, destroy, return_to_supplier)
verdict-already_decommissioned-again = Pack { $serial } was already { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }: it cannot be { $movement ->
        [receive] received
        [dispense] dispensed
        [transfer] transferred
        [return] returned to stock
        [quarantine] quarantined
        [release] released
        [destroy] destroyed
        [return_to_supplier] returned to the supplier
       *[other] { $movement }
    } again. It may be reused or cloned; set it aside for QA.

# A dispense of a pack the national system holds as taken out of the supply chain for another reason than a supply.
# $serial (text): the pack's serial number
# $reason (text): the decommission's reason (stolen, sample, free_sample, destroyed, exported, locked)
verdict-already_decommissioned-nationally = Pack { $serial } is decommissioned nationally as { $reason ->
        [stolen] stolen
        [sample] a sample for the authorities
        [free_sample] a free sample
        [destroyed] destroyed
        [exported] exported
        [locked] locked
       *[other] { $reason }
    }: it must not be supplied. Quarantine it as suspect and tell QA.

# A receipt of a pack a count recorded missing.
# $serial (text): the pack's serial number
verdict-not_in_stock-missing = Pack { $serial } was recorded missing at a count; it is received again.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-not_in_stock = Pack { $serial } is not in stock here (it is { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }).

# $serial (text): the pack's serial number
verdict-not_in_stock-never_received = Pack { $serial } was never received here. Receive it first, or set it aside if it should not be here.

# A release of a pack that is not in quarantine.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-not_quarantined = Pack { $serial } is { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }{ $located ->
        [yes] {" "}at { $location }
       *[no] {""}
    }, not in quarantine.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-quarantined = Pack { $serial } is in quarantine{ $located ->
        [yes] {" "}at { $location }
       *[no] {""}
    }: it may not be used.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-wrong_location = Pack { $serial } is recorded{ $located ->
        [yes] {" "}at { $location }
       *[no] {""}
    }, not here. Move it with a transfer first, or override if the record is wrong.

# $serial (text): the pack's serial number
verdict-already_scanned = Already scanned: pack { $serial } was just recorded and is counted once. Nothing more was recorded.

# $serial (text): the pack's serial number (empty for a lot-tracked pack)
verdict-tamper_broken = Pack { $serial } has a broken anti-tampering device: it is not supplied. A pack held here is put in quarantine as suspect; give the pack to QA.

# Said after a return is recorded.
# $serial (text): the pack's serial number
# $days (number): the days after a decommission its undo is allowed
verdict-undo_too_late = Pack { $serial } was decommissioned nationally more than { $days } days ago: the national system no longer takes its undo, so it stays decommissioned there. It is back in stock here, and will not be decommissioned again.

# $have (number): how many of the lot there are
# $lot (text): the lot
# $status (text): the stock asked about (in_stock, or quarantined for a release)
# $location (text): the location's code
# $quantity (number): how many were asked for
verdict-insufficient_quantity = Only { $have } of lot { $lot } are { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    } at { $location }; { $quantity } asked for.

# $packs (number): expired packs (or lot quantity) still on the shelf
# $location (text): the location's code
# $oldest (text): the oldest expiry among them
verdict-expired_on_shelf = { $packs } expired pack(s) of this product are still on the shelf at { $location } (oldest expiry { $oldest }): quarantine them.

# Asked before a dispense out of first-expiry order.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo = An earlier-expiring pack of this product is at { $location }: lot { $has_lot ->
        [yes] { $lot }
       *[no] without a lot
    }, expiry { $expiry } ({ $packs } pack(s) expire earlier). Scan this pack again or press Enter to dispense it anyway; scan the earlier pack instead.

# The person's answer to verdict-fefo, kept with the dispense.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo-confirmed = Dispensed before an earlier-expiring pack at { $location } (lot { $has_lot ->
        [yes] { $lot }
       *[no] without a lot
    }, expiry { $expiry }; { $packs } pack(s) in all): the operator's choice.

# $serial (text): the pack's serial number
verdict-unexpected = Not on the expected shipment: pack { $serial } is received, but check it with the supplier.

verdict-unexpected-lot = Not on the expected shipment: this lot is received, but check it with the supplier.

# $listed (number): how many more of the lot the despatch advice lists
# $lot (text): the lot
# $quantity (number): how many are received
# $over (number): how many are over
verdict-unexpected-over = The despatch advice lists { $listed } more of lot { $lot }; { $quantity } are received: the { $over } over are recorded as unexpected.

# $listed_lot (text): the lot the despatch advice gives ("-" for none)
# $listed_expiry (text): the expiry it gives ("-" for none)
# $lot (text): the lot the pack gives ("-" for none)
# $expiry (text): the expiry the pack gives ("-" for none)
verdict-differs_from_advice = The despatch advice lists this pack with lot { $listed_lot } and expiry { $listed_expiry }, but the pack says lot { $lot } and expiry { $expiry }: received, not matched.

# $supplier (text): the supplier's name
# $cost (text): the unit cost charged, with two decimals
# $contract (text): the contract price, with two decimals
verdict-price_above_contract = { $supplier } charged { $cost } against a contract price of { $contract }.

# $product (text): the product's name
verdict-count-missing_serial = { $product } is serialized and this code has no serial (a linear barcode?): scan the pack's 2D code to count it.

# $product (text): the product's name
verdict-count-missing_lot = { $product } is counted by lot and this code has no lot: scan a code with the lot.

# $product (text): the product's name
# $lot (text): the lot
# $total (number): counted so far of the lot
verdict-count-quantity_needed = { $product } lot { $lot }: how many? ({ $total } counted so far.)

verdict-count-no_product = This code names no product (a shipping label, not a pack): scan the pack's own code.

verdict-count-unknown_product = This product is not in the product list; set the pack aside and add the product.

# $product (text): the product's name
verdict-count-not_in_count = { $product } is not part of this count.

# $product (text): the product's name
# $lot (text): the lot
# $quantity (number): how many this scan counts
# $total (number): counted so far of the lot
verdict-count-lot_counted = { $product } lot { $lot }: { $quantity } counted, { $total } so far.

# $serial (text): the pack's serial number
verdict-count-already_counted = Pack { $serial } was already counted: it counts once.

# $product (text): the product's name
verdict-count-counted = { $product } counted.

# $product (text): the product's name
verdict-count-counted-arrived_since = { $product } counted (it arrived after the count started).

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $location (text): where the ledger has it (a location's code, or ?)
verdict-count-elsewhere = Pack { $serial } is recorded { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    } at { $location }: counted here; the count will move it.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-count-wrong_status = Pack { $serial } is recorded { $status ->
        [in_stock] in stock
        [quarantined] quarantined
        [dispensed] dispensed
        [transferred_out] transferred out
        [returned_to_supplier] returned to supplier
        [destroyed] destroyed
        [missing] missing
       *[other] { $status }
    }: it should not be on a shelf. Set it aside for QA.

# $serial (text): the pack's serial number
verdict-count-not_received = Pack { $serial } was never received here: set it aside for QA; applying the count holds it in quarantine as suspect.

# Said after the count scan's answer.
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-count-set_aside-recalled = Recalled ({ $recall }, { $class ->
        [withdrawal] Market withdrawal
       *[other] Class { $class }
    }): set it aside.

# Said after the count scan's answer.
# $expiry (text): the expiry date
verdict-count-set_aside-expired = Expired { $expiry }: set it aside.

# Prices where they arrive (issue #23, contract prices per supplier, unit costs at receipt).

# $field (text): the price field at fault
# $value (text): the price as given
master-price_unreadable = “{ $value }” is not a price: write it with a point before the decimals, such as 12.50.

# $field (text): the price field at fault
# $value (text): the price as given
master-price_below_zero = { $value } is negative: a price is 0 or more.

# $field (text): the price field at fault
# $value (text): the price as given
# $decimals (number): how many decimals the site's currency is written with
master-price_decimals = { $value } has too many decimals: a price in the site's currency is written with { $decimals ->
        [0] no decimals
        [1] one decimal
       *[other] { $decimals } decimals
    }.

# $field (text): the price field at fault
# $value (text): the price as given
# $currency (text): the site's currency (ISO 4217 code)
master-price_below_hundredths = { $value }: Custody keeps prices to the hundredth of a { $currency }, so the third decimal must be 0.

# $field (text): the price field at fault
# $max (number): the highest price allowed, in whole currency units
master-price_above_max = The price is above { $max } for one pack: check the figure (it is in the currency, not in hundredths).

# $field (text): the first-day field at fault
# $value (text): the day as given
master-valid_from_unreadable = “{ $value }” is not a day: write it YYYY-MM-DD, such as 2026-12-01.
