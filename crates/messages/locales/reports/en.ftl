# The words of Custody's reports in English: titles, column headers, notices (see
# crates/messages/src/lib.rs, `report_text`). Ids are lowercase words joined by "-", the
# first naming the report (recall-notice-…, labels-…, expiry-…); comments document arguments
# as in en.ftl. A (number) argument chooses a plural; the same number as printed for a person
# ("1,234") comes as a (text) argument beside it. Dates and times come ISO ("2026-11-22"), as
# the reports print them in every language. A message is one line: a line break in it would
# break the printed line.

## Every report: the page, the header and footer, signature lines

# The footer of every page.
# $page (number): this page
# $pages (number): pages in all
report-page = Page { $page } of { $pages }
# Under the title: when and by whom the report was made.
# $when (text): date and time, "2026-11-22 09:30 (UTC+01:00)"
# $user (text): the person's name and username, "Ada Admin (admin)"
report-generated = Generated { $when } by { $user }
# Under the title: what data the report covers.
# $covers (text): what was selected and the ledger's position
report-covers = Covers: { $covers }
# The small line at the foot of every page.
# $report (text): the report's name on the command line, "recall-notice" (not translated)
# $when (text): date and time it was made
# $user (text): who made it
report-footer = Custody · { $report } · generated { $when } by { $user }
# Under each signature line.
report-sign-name = Name
report-sign-signature = Signature
report-sign-date = Date
# A table with no rows, or a list with nothing in it.
report-none = None.
report-yes = yes
report-no = no
# The end of every report's "Covers": the last event of the ledger it reads.
# $event (text): the event's number as printed, "1,234"
# $hash (text): the first 16 hex digits of its hash
report-ledger-up-to = ledger up to event { $event } (hash { $hash }…)
report-ledger-empty = empty ledger
# A report about every location rather than one.
report-every-location = every location
# A pack's status and where it is.
# $status (text): the status in words, "in stock"
# $location (text): location code
report-status-at = { $status } at { $location }
# Roles that sign several reports.
report-role-pharmacist = Pharmacist in charge
report-role-qa = QA officer
# CSV headers of their own: the column naming each row's table when a report has several, and
# a label export's two columns.
report-csv-section = section
report-csv-label = label
report-csv-element-string = element_string
# The one page an Arabic PDF prints (in English and in French: the PDF writer cannot join Arabic
# letters); the report is printed from its preview in the app, where Arabic is shaped.
report-pdf-unavailable-title = This report is not available as a PDF in Arabic yet
# $report (text): the report's name on the command line, "recall-notice" (not translated)
report-pdf-unavailable = The report { $report } is not available as a PDF in Arabic yet: this PDF cannot join Arabic letters or set lines right to left. Print it from its preview in the app: Reports screen → preview → Print. Its CSV export is in Arabic.

## Column headers (also the CSV's header row)

col-product = Product
col-gtin = GTIN
col-lot = Lot
col-serial = Serial
col-expiry = Expiry
col-expires = Expires
col-status = Status
col-location = Location
col-quantity = Quantity
col-qty = Qty
col-value = Value
# Money said on its own, in the site's currency ("1,234.50 EUR").
# $amount (text): the amount as the language writes it
# $currency (text): the ISO 4217 code, "EUR"
money-amount = { $amount } { $currency }
# A money column's header, naming the site's currency ("Value (EUR)").
# $title (text): the column's own header
# $currency (text): the ISO 4217 code, "EUR"
money-column = { $title } ({ $currency })
col-note = Note
col-in-stock = In stock
col-quarantined = Quarantined
col-on-hand = On hand
col-usable = Usable
col-per-day = Per day
col-days = Days
col-runs-out = Runs out
col-point-par = Point/par
col-order = Order
col-national-codes = National codes
col-manufacturer = Manufacturer
col-scope = Scope
col-pulled = Pulled
col-done = Done
col-when = When
col-what = What
col-by = By
col-where = Where
col-document = Document
col-party = Party
col-party-or-reason = Party or reason
col-reason = Reason
col-shipment = Shipment
col-outcome = Outcome
col-event = Event
col-lines = Lines
col-signed = Signed
col-hash = Hash
col-hash-sha256 = Hash (SHA-256)
col-chained-to = Chained to
col-check = Check
col-serial-or-lot = Serial or lot
col-ledger-has = Ledger has it
col-expected = Expected
col-counted = Counted
col-difference = Difference
col-movement = Movement
col-to = To
col-wanted = Wanted
col-take = Take
col-short = Short
col-picked = Picked
col-supplier = Supplier
col-unit-price = Unit price
col-line-total = Line total

## Words for what the ledger stores as codes

status-in-stock = in stock
status-quarantined = quarantined
status-dispensed = dispensed
status-transferred-out = transferred out
status-returned-to-supplier = returned to supplier
status-destroyed = destroyed
status-missing = missing
outcome-returned-to-supplier = returned to supplier
outcome-destroyed = destroyed
outcome-notified = notified
outcome-not-found = not found
meaning-approved = approved
meaning-performed = performed
meaning-reviewed = reviewed
event-receive = receive
event-transfer = transfer
event-dispense = dispense
event-return = return
event-quarantine = quarantine
event-release = release
event-destroy = destroy
event-return-to-supplier = return to supplier
event-count-adjust = count adjust
event-mark-suspect = mark suspect
event-recall-close = recall close
event-user-enrolled = user enrolled
event-user-added = user added
event-user-role-changed = user role changed
event-user-disabled = user disabled
event-user-enabled = user enabled
event-clock-corrected = clock corrected
event-verify-checkpoint = verify checkpoint
class-i = Class I
class-ii = Class II
class-iii = Class III
class-withdrawal = Market withdrawal

## Recall notice

# $number (text): recall number, "RCL-2026-0091"
recall-notice-title = Recall notice { $number }
# $number (text): recall number
# $when (text): when it was entered, date and time
recall-notice-covers = recall { $number } as entered { $when }
recall-banner-urgent = URGENT: DRUG RECALL
recall-banner = DRUG RECALL
recall-banner-withdrawal = MARKET WITHDRAWAL
recall-fact-number = Recall number
recall-fact-class = Class
recall-fact-issued-on = Issued on
recall-fact-issued-by = Issued by
recall-fact-product = Product
recall-fact-reason = Reason
recall-fact-entered = Entered
# $when (text): date and time
# $user (text): username
recall-entered = { $when } by { $user }
# $class (text): the class, "Class I"
# $meaning (text): what the class means
recall-class-explained = { $class }: { $meaning }.
recall-class-meaning-i = a reasonable probability that use will cause serious harm or death
recall-class-meaning-ii = use may cause temporary or medically reversible harm
recall-class-meaning-iii = use is unlikely to cause harm
recall-class-meaning-withdrawal = a minor issue; the product is withdrawn from the market
recall-what-to-do = What to do
recall-what-to-do-default = Stop dispensing the affected product at once. Pull every affected pack listed below, tick it off, and take it to quarantine. Follow up every pack that has left the pharmacy.
recall-products-table = Products recalled
recall-products-empty = No scope.
recall-product-unknown = (not in the product list)
recall-scope-every-lot = every lot
# $lots (text): the lots, "L1, L2"
recall-scope-lots = lots { $lots }
# $serials (number): serials named in the recall
recall-scope-serials = { $serials } serial(s) listed below
recall-summary = Summary
recall-sum-affected = Affected packs
recall-sum-to-pull = To pull from the shelves (held here, no outcome yet)
recall-sum-not-quarantined = of which not yet in quarantine
recall-sum-dispensed = Dispensed or issued
recall-sum-transferred = Sent to another site
recall-sum-returned = Returned to supplier
recall-sum-destroyed = Destroyed
recall-sum-missing = Recorded missing
recall-sum-lot-to-pull = Lot quantity to pull
recall-sum-lot-issued = Lot quantity issued, to follow up
recall-sum-expected = Still expected on open shipments
recall-sum-not-received = Serials in scope never received
recall-sum-open = Items still needing an outcome
recall-to-pull-heading = Affected packs to pull, by location
recall-nothing-to-pull = No affected pack is left to pull at this site: every one held here has an outcome.
# $location (text): location code
# $count (number): packs to pull there
# $packs (text): the same, as printed
recall-to-pull-table = { $location }: { $packs } pack(s) to pull
recall-lots-held-table = Lot quantities held
recall-departed-heading = Dispensed and sent away: follow up
recall-departed-table = Packs that left the pharmacy
recall-departed-empty = No affected pack that left the pharmacy still needs following up.
# $count (number): packs whose outcome is recorded
# $packs (text): the same, as printed
recall-departed-done = { $packs } affected pack(s) already have their outcome recorded (returned, destroyed, followed up): the reconciliation lists them.
recall-lots-issued-table = Lot quantities issued
# $count (number): lot quantity whose outcome is recorded
# $quantity (text): the same, as printed
recall-lots-issued-done = { $quantity } of lot stock issued already has its outcome recorded (followed up): the reconciliation lists it.
recall-expected-table = Still expected on open shipments: refuse or quarantine on arrival
recall-sign-pulled = Stock pulled and checked by

## Recall reconciliation

# $number (text): recall number
recall-closure-title = Recall reconciliation { $number }
# $number (text): recall number
recall-closure-covers = recall { $number }, its ledger events and follow-up
recall-closure-fact-state = State
# $when (text): date and time
# $user (text): username
recall-closure-closed = closed { $when } by { $user }
# $when (text): date and time
# $user (text): username
# $meaning (text): what the signature means, "approved"
recall-closure-closed-signed = closed { $when } by { $user }, signed ({ $meaning })
# $count (number): items still needing an outcome
# $items (text): the same, as printed
recall-closure-open = open: { $items } item(s) still need an outcome
recall-closure-ready = open: every item has an outcome; ready to close
recall-closure-outcome-open = OPEN
recall-closure-outcome-resolved = resolved
recall-closure-packs-table = Affected packs and their outcome
recall-closure-packs-empty = No affected pack.
recall-closure-lots-table = Affected lot quantities and their outcome
recall-closure-events-table = Ledger events of this recall
recall-closure-events-empty = No ledger event refers to this recall.
recall-closure-notes-table = Follow-up recorded (no stock moved)
# $lot (text): lot code
recall-closure-note-lot = lot { $lot }

## Stock on hand

stock-title = Stock on hand
# $location (text): location code and name, "MAIN (Main store)"
# $date (text): ISO date
stock-covers-location = stock at { $location } as of { $date }
# $date (text): ISO date
stock-covers-all = stock at every location as of { $date }
stock-fact-in-stock = In stock
stock-fact-expired = Of which expired (to pull)
stock-fact-quarantine = In quarantine
stock-note-expired = EXPIRED
stock-table-empty = No stock.
stock-table-none = Stock
stock-none-held = No stock is held.

## Expiry report

expiry-title = Expiry report
# $location (text): location code and name, or "every location"
# $windows (text): the alert windows in days, "30/90/180"
# $date (text): ISO date
expiry-covers = stock in stock at { $location }, expired or expiring within { $windows } days of { $date }
expiry-fact-expired = Expired, still in stock
expiry-fact-value-expired = Value expired
# $days (number): the widest alert window
expiry-fact-expiring = Expiring within { $days } days
expiry-fact-value-expiring = Value expiring
expiry-explained = Expired stock must be pulled from the shelves and quarantined for destruction or return. Values are at the contract price per pack.
expiry-table = Expired and expiring stock
# $days (number): the widest alert window
expiry-table-empty = Nothing expired or expiring within { $days } days.
# $days (number): days since it expired
expiry-days-ago = { $days } d ago
# $days (number): days until it expires
expiry-days-left = in { $days } d

## Shortages

shortages-title = Shortages and suggested order
# $location (text): location code and name, or every location with a reorder rule
# $date (text): ISO date
shortages-covers = reorder rules at { $location }, consumption to { $date }
shortages-every-location = every location with a reorder rule
shortages-fact-count = Shortages
shortages-fact-to-order = Packs to order (up to par)
shortages-fact-window = Consumption window
# $days (number): days in the window
# $first (text): ISO date
# $last (text): ISO date
shortages-window = { $days } days ({ $first } to { $last })
shortages-explained = A shortage is usable cover (stock on hand that will be used before it expires) below the reorder point, or running out within the lead time. The suggested order brings usable cover up to the par level. Most urgent first.
shortages-table = Shortages and suggested order
shortages-table-empty = No shortages.
shortages-sign-prepared = Prepared by (inventory manager)
shortages-sign-ordered = Ordered by (purchasing)

## Count variance

# $count (text): the count's number, "COUNT-3"
count-title = Count variance { $count }
# $count (text): the count's number, "COUNT-3"
# $location (text): location code
count-covers = count { $count } at { $location }
count-fact-location = Location
count-fact-status = Status
count-fact-started = Started
count-fact-started-by = Started by
count-fact-blind = Blind
count-fact-found = Packs found as expected
count-fact-wrong-status = Wrong status
count-fact-never-received = Never received
count-fact-lot-differences = Lots with a difference
count-fact-result = Result
count-status-open = open
count-status-finished = finished
count-status-applied = applied
count-status-abandoned = abandoned
count-result-clean = the count matches the ledger
count-result-differences = differences to resolve
count-missing-table = Missing
count-missing-empty = No pack is missing.
count-unexpected-table = Found here, recorded elsewhere
count-wrong-status-table = Wrong status (suspect, or found again)
count-not-received-table = Never received here (suspect: held in quarantine when applied)
count-left-table = Left during the count (accounted for)
count-never-received = never received
count-lots-table = Lots
count-lots-empty = No lot-tracked stock counted.
count-sign-counted = Counted by
count-sign-reviewed = Reviewed by (inventory manager)

## Chain-of-custody certificate

# $gtin (text): GTIN-14
# $serial (text): serial
custody-title = Chain-of-custody certificate { $gtin } / { $serial }
# $gtin (text): GTIN-14
# $serial (text): serial
custody-covers = every ledger event of GTIN { $gtin } serial { $serial }
# Beside the DataMatrix.
# $gtin (text): GTIN-14
# $serial (text): serial
custody-code-line = GTIN { $gtin }  serial { $serial }
custody-fact-generic = Generic name
custody-fact-now = Now
custody-fact-flags = Flags
custody-fact-events = Events
custody-flag-expired = expired
custody-flag-expiring = expiring
custody-flag-quarantined = quarantined
custody-flag-suspect = suspect
custody-heading = Chain of custody
custody-new = new
# $event (text): what the event was, "receive"
# $meaning (text): what the signature means, "approved"
custody-event-signed = { $event } (signed, { $meaning })
custody-no-event = No event.
custody-proof-heading = Proof
# $result (text): what the check found
custody-proof = Every event in the ledger is hash-chained: its SHA-256 hash covers its content and the hash of the event before it at this site, so no event can be changed, removed or inserted without breaking the chain. Each event above was checked when this certificate was produced: its hash recomputed from what is stored, and its link to the event before it. Result: { $result }.
custody-proof-intact = every event is intact
# $events (text): the event numbers, "12, 14"
custody-proof-broken = EVENTS { $events } DO NOT MATCH THEIR HASHES; do not rely on this record
custody-hashes-table = Ledger hashes
custody-check-intact = intact
custody-check-broken = BROKEN
custody-sign-certified = Certified by (QA officer)
custody-warning = WARNING: the ledger does not prove this record.

## Quarantine labels

# $count (number): labels
labels-title = Quarantine labels ({ $count })
# $location (text): location code and name, or "every location"
labels-covers = packs in quarantine at { $location }
labels-none = No pack is held in quarantine.
labels-quarantine = QUARANTINE — DO NOT USE
# $lot (text): lot code
# $expiry (text): ISO date
# $serial (text): serial
labels-pack = Lot { $lot }  Exp { $expiry }  SN { $serial }
# $location (text): location code
# $reason (text): why it is held, as recorded
labels-held-at = Held at { $location }: { $reason }

## Audit extract

audit-title = Audit extract
# $from (text): ISO date
# $to (text): ISO date
audit-covers-range = events from { $from } to { $to }
# $from (text): ISO date
audit-covers-from = events from { $from }
# $to (text): ISO date
audit-covers-to = events up to { $to }
audit-covers-all = every event
# $user (text): username
audit-covers-user = by { $user }
# $location (text): location code and name
audit-covers-location = at { $location }
audit-fact-events = Events
audit-table = Ledger events
audit-table-empty = No event matches.

## Pick list

# $list (text): the pick list's reference, "PICK-3"
pick-list-title = Pick list { $list }
# $when (text): date and time
pick-list-covers = shortages at wards and clinics as of { $when }
pick-list-fact-list = Pick list
pick-list-fact-made = Made
pick-list-fact-made-by = Made by
pick-list-fact-short = Short at the supplying location
# $list (text): the pick list's reference
pick-list-explained = Take the packs listed, earliest expiry first, and scan each one on the Pick list screen: the scan records the transfer to the ward under { $list }. Another lot of the same product may be taken if it is not expired; never an expired, quarantined or recalled pack.
# $location (text): location code
# $name (text): location name
pick-list-from = From { $location } ({ $name })
pick-list-none-usable = none usable here
pick-list-table-empty = Nothing to pick.
pick-list-nothing = No ward or clinic is below its reorder point.
pick-list-unsupplied-heading = Not on this list: no supplying location
pick-list-unsupplied-table = Wards without a supplying location
pick-list-sign-picked = Picked by
pick-list-sign-checked = Checked by (pharmacist)

## Supplier orders

orders-title = Supplier orders
# $when (text): date and time
orders-covers = shortages at pharmacies and stores on { $when }
orders-fact-suppliers = Suppliers
orders-fact-total = Total at contract prices
orders-explained = Shortages at pharmacies and stores, each to reach its par level, grouped by the product's usual supplier. Lines without a contract price are not in the totals.
orders-nothing = No pharmacy or store is below its reorder point.
orders-no-supplier = No usual supplier — choose one
orders-supplier-none = none
orders-total = Total
# $unpriced (number): lines without a contract price
orders-total-unpriced = Total ({ $unpriced } without a price)
orders-sign-prepared = Prepared by
orders-sign-approved = Approved by (purchasing)

## Insights: the column headers of their tables

col-month = Month
col-name = Name
col-units = Units
col-unpriced = Unpriced
col-expired = Expired
col-recalled = Recalled
col-damaged = Damaged
col-predicted = Predicted
col-surprise = Surprise
col-day = Day
col-disposition = Left as
col-cause = Cause
col-priced-by = Priced by
col-missing = Missing
col-found-elsewhere = Found elsewhere
col-found-again = Found again
col-wrong-status = Wrong status
col-lot-short = Lot short
col-lot-surplus = Lot surplus
col-value-lost = Value lost
col-counts = Counts
col-counts-with-variance = With variance
col-keeps-disagreeing = Keeps disagreeing
col-count-ref = Count
col-variance = Variance
col-stays = Stays
col-median-days = Median days
col-p90-days = 90th pct days
col-since = Since
col-weeks = Weeks
col-week = Week
col-week-starts = Starts
col-used = Used
col-used-last-year = Last year
col-reorder-point = Reorder point
col-par-level = Par
col-stockout-days = Stock-out days
col-overstock-days = Overstock days
col-verdict = Rule
col-deliveries = Deliveries
col-packs = Packs
col-short-dated = Short-dated
col-lot-or-expiry-differs = Lot or expiry differs
col-unexpected = Unexpected
col-suspect = Suspect
col-duplicate-serials = Duplicate serials
col-over-contract = Over contract
col-excess = Above contract
col-recalls = Recalls
col-unit-cost = Unit cost
col-contract-price = Contract
col-finding = Finding
col-received = Received
col-manufactured = Manufactured

## Insights: what every insight's report shares

# A title with the filters after it.
# $title (text): the insight's title, "Waste from 2026-01-01 to 2026-12-31"
# $filters (text): the filters in words, "at WARD-3A (Ward 3A); supplier MediDist (MEDIDIST)"
insight-title-filtered = { $title } — { $filters }
# $location (text): location code and name, "WARD-3A (Ward 3A)"
insight-filter-location = at { $location }
# $product (text): product name
# $gtin (text): its GTIN
insight-filter-product = { $product } ({ $gtin })
# $supplier (text): supplier name
# $code (text): supplier code
insight-filter-supplier = supplier { $supplier } ({ $code })
insight-scope-all = every location, product and supplier
# $from (text): first day, "2026-01-01"
# $to (text): last day
# $scope (text): the filters in words, or every location, product and supplier
insight-covers = local days { $from } to { $to }, { $scope }
# $percent (text): a whole percentage, "5"
insight-percent = { $percent }%
insight-total = Total
insight-no-supplier = no supplier

## Insights: waste

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-waste-title = Waste from { $from } to { $to }
insight-waste-fact-units = Units lost
insight-waste-fact-value = Their value
insight-waste-fact-unpriced = Unpriced units (not in the value)
insight-waste-fact-expired = Expired
insight-waste-fact-predicted = Expired, predicted
insight-waste-fact-surprise = Expired, a surprise
insight-waste-fact-recalled = Recalled
insight-waste-fact-damaged = Damaged
insight-waste-explained = Stock destroyed or returned to the supplier. The cause comes from the ledger: recalled when its lot was under a recall, else expired when past its expiry on the day it went, else damaged. An expired unit was predicted when it was on the expires-unused list 30 days before its expiry. Values are the receipt's unit cost, else the contract price.
insight-waste-by-month = Waste by month
insight-waste-by-product = Waste by product
insight-waste-by-location = Waste by location
insight-waste-by-supplier = Waste by supplier
insight-waste-lines = Every unit lost
insight-waste-none = Nothing was lost.
insight-cause-expired = expired
insight-cause-recalled = recalled
insight-cause-damaged = damaged
insight-disposition-destroyed = destroyed
insight-disposition-returned = returned to supplier
insight-priced-receipt = receipt
insight-priced-contract = contract
insight-priced-none = no price

## Insights: shrinkage

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-shrinkage-title = Shrinkage from { $from } to { $to }
insight-shrinkage-fact-missing = Missing
insight-shrinkage-fact-found-elsewhere = Found at another location
insight-shrinkage-fact-found-again = Found again
insight-shrinkage-fact-wrong-status = Found in the wrong status
insight-shrinkage-fact-lot-short = Lot units short
insight-shrinkage-fact-lot-surplus = Lot units in surplus
insight-shrinkage-fact-value = Value lost
insight-shrinkage-fact-disagreeing = Locations whose counts keep disagreeing
insight-shrinkage-explained = What counts found that the ledger did not expect. A pack found where the ledger did not have it is charged to the location the ledger had it at. A location keeps disagreeing when it had two counts or more and half or more of them found a variance.
insight-shrinkage-by-location = Shrinkage by location
insight-shrinkage-by-month = Shrinkage by month
insight-shrinkage-lines = Every variance
insight-shrinkage-none = No variance.
insight-shrinkage-no-count = No count was applied.
insight-variance-missing = missing
insight-variance-found-elsewhere = found elsewhere
insight-variance-found-again = found again
insight-variance-wrong-status = wrong status
insight-variance-lot-short = lot short
insight-variance-lot-surplus = lot surplus

## Insights: dwell time

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-dwell-title = Dwell time from { $from } to { $to }
insight-dwell-fact-stays = Stays ended
insight-dwell-fact-locations = Locations
insight-dwell-fact-threshold = Waiting longer than (days)
insight-dwell-fact-waiting = Units waiting longer now
insight-dwell-explained = How long packs stayed at a location, from arrival to leaving it, for the stays that ended in the period (a lot's quantity counts once per unit); median and 90th percentile in days. Then the stock at a location for longer than the threshold now.
insight-dwell-locations = Stays per location
insight-dwell-distribution = Stays per location by length (days)
insight-dwell-products = Stays per location and product: at each location, the products whose stays are longest
# $days (text): the threshold in days, "90"
insight-dwell-waiting = Waiting longer than { $days } days now
insight-dwell-none = No stay ended.
insight-dwell-none-waiting = Nothing is waiting that long.
# $days (text): a bucket's bound in days, "7"
insight-dwell-under = under { $days }
# $days (text): the last bound in days, "365"
insight-dwell-over = { $days } or more

## Insights: consumption trends

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-trends-title = Consumption trends from { $from } to { $to }
insight-trends-fact-rows = Products and locations
insight-trends-fact-used = Units used
insight-trends-fact-too-low = Rules too low
insight-trends-fact-too-high = Rules too high
insight-trends-explained = Weekly use per product and location (what was dispensed) against the same week a year before, and against the reorder rule in force then: too low when there were days out of stock while the reorder point was below use over the lead time, too high when more than half the days were above par.
insight-trends-rows = Use per product and location
insight-trends-weeks = Use per week
insight-trends-none = Nothing was used.
insight-verdict-too-low = too low
insight-verdict-too-high = too high
insight-verdict-fits = fits
insight-verdict-no-rule = no rule

## Insights: supplier quality

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-suppliers-title = Supplier quality from { $from } to { $to }
insight-suppliers-fact-suppliers = Suppliers
insight-suppliers-fact-packs = Units received
insight-suppliers-fact-over-contract = Receipts above contract
insight-suppliers-fact-excess = Paid above contract
insight-suppliers-fact-affected = Affected packs
insight-suppliers-fact-tolerance = Price tolerance
insight-suppliers-fact-short-dated-days = Short-dated below (days left)
insight-suppliers-explained = What each supplier and manufacturer sent, and what was wrong with it: short-dated on arrival, lot or expiry differing from the despatch advice, unexpected or missing packs, suspect and duplicate serials, prices above contract beyond the tolerance, and recalls touching their lots.
insight-suppliers-table = Suppliers
insight-manufacturers-table = Manufacturers
insight-suppliers-none = Nothing was received.
insight-over-contract-table = Receipts above contract
insight-over-contract-none = No receipt above contract.
insight-affected-table = Affected packs
insight-affected-none = No affected pack.
insight-finding-short-dated = short-dated
insight-finding-lot-or-expiry = lot or expiry differs
insight-finding-unexpected = unexpected
insight-finding-suspect = suspect
insight-finding-duplicate-serial = duplicate serial
insight-finding-over-contract = above contract
insight-finding-recalled = recalled

## Supplier scorecard

# $code (text): supplier code
# $from (text): first day, "2026-01-01"
# $to (text): last day
scorecard-title = Supplier scorecard: { $code }, { $from } to { $to }
# $from (text): first day
# $to (text): last day
# $code (text): supplier code
scorecard-covers = stock received from { $code } on local days { $from } to { $to }
scorecard-fact-supplier = Supplier
scorecard-fact-deliveries = Deliveries
scorecard-fact-packs = Units received
scorecard-fact-short-dated = Short-dated on arrival
scorecard-fact-lot-or-expiry = Lot or expiry not as advised
scorecard-fact-unexpected = Unexpected units
scorecard-fact-missing = Advised, never received
scorecard-fact-suspect = Suspect units
scorecard-fact-duplicate-serials = Duplicate serials
scorecard-fact-over-contract = Receipt lines above contract
scorecard-fact-excess = Paid above contract
scorecard-fact-recalls = Recalls touching their lots
scorecard-explained = This supplier's record over the period, for its quality review: every receipt priced above contract with the amount, and every affected pack with its manufacturer, lot and manufacturing date, to trace back to the source.
