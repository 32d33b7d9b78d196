# The command line's own words in Arabic — DRAFT for native review (issue #22). Modern Standard
# Arabic, written by the developers with docs/translations/glossary.ar.md and not yet read by a
# pharmacist whose working language it is: send corrections as changes to this file. Never
# `--help` (English) and never `--json`. Ids, $arguments and selector keys stay as in en.ftl; the
# comments are English's. Plurals use Arabic categories: [zero], [one], [two], [few] (3–10),
# [many] (11–99), *[other]. Western digits; codes, commands, GTINs, lots, serials, usernames and
# statuses printed as codes (in_stock, quarantined) stay as they are, left to right. A terminal
# shows each line left to right: the lines are written so they still read in that order.

# The language a command speaks, when asked with --lang.
# $lang (text): the language's own name
cli-speaking = أتحدث { $lang }.

## Words every command uses

cli-yes = نعم
cli-no = لا
# Column headers shared by several tables.
cli-col-gtin = GTIN
cli-col-product = المنتج
cli-col-location = الموقع
cli-col-name = الاسم
cli-col-by = بواسطة
cli-col-occurred = وقع في
cli-col-recorded = سُجّل في
cli-col-expired = منتهي الصلاحية
cli-col-serial = الرقم التسلسلي
cli-col-lot = التشغيلة
cli-col-expiry = انتهاء الصلاحية
cli-col-status = الحالة
cli-col-quantity = الكمية
cli-col-outcome = النتيجة
cli-col-min = حد إعادة الطلب
cli-col-max = المستوى المستهدف
# Refused when neither --as nor CUSTODY_USER names who acts.
cli-who-is-acting = من يقوم بالعملية؟ استخدم --as USER أو اضبط CUSTODY_USER
# Refused when neither --db nor CUSTODY_DB names the database.
cli-no-database = لم تُحدَّد قاعدة بيانات: استخدم --db PATH أو اضبط CUSTODY_DB
# The prompt for the acting user's password (a trailing space follows it).
# $user (text): the username
cli-password-for = كلمة مرور { $user }:{" "}
# The prompt for the password that signs an action.
# $meaning (text): what the signature means (a code such as "approval")
cli-password-to-sign = أعد إدخال كلمة المرور للتوقيع ({ $meaning }):{" "}
# The prompt for a new password.
# $user (text): whose password
cli-new-password-for = كلمة المرور الجديدة لـ { $user }:{" "}
cli-new-password-again = مرة أخرى:{" "}

## receive, dispense, transfer, return, quarantine, release, destroy, return-to-supplier

# The verdict of one scan, at the start of its line (padded to 8 characters).
scan-accepted = مقبول
scan-warning = تحذير
scan-asks = سؤال
scan-blocked = محظور
# A lot-tracked scan: the product's GTIN, its lot and how many.
# $gtin (text): the GTIN
# $lot (text): the lot
# $quantity (number): how many units
scan-lot-pack = { $gtin } التشغيلة { $lot } ×{ $quantity }
# A further finding of the same scan.
# $code (text): the finding's code
# $message (text): its sentence
scan-also = أيضًا { $code }: { $message }
# How a held or overridden pack was recorded.
# $status (text): its status (a code such as "quarantined")
scan-recorded = سُجّلت بالحالة { $status }
# $status (text): its status (a code such as "quarantined")
# $location (text): the location's code
scan-recorded-at = سُجّلت بالحالة { $status } في { $location }

## scan image

# One code found in a photo: its kind, its symbology identifier and where it is.
# $format (text): the kind of symbol (a code such as "data_matrix")
# $symbology (text): its symbology identifier, such as "]d2"
# $position (text): its place in pixels, "left,top–right,bottom"
scan-image-code = { $format } { $symbology } في { $position }

# The data of a code as read, each group separator shown as <GS>.
# $raw (text): the data
scan-image-raw = البيانات: { $raw }

# What the code's data decodes to.
# $fields (text): the fields, such as "gtin 09506000134352, lot ABC123"
scan-image-fields = بعد فك الترميز: { $fields }

# A code whose data does not decode as pack data.
# $message (text): the decoder's sentence
scan-image-not-decoded = تعذّر فك الترميز: { $message }

# A photo in which no code could be read.
scan-image-none = لم يُعثر على أي رمز

# A HEIC/HEIF photo, refused.
scan-image-heic = صور HEIC غير مدعومة؛ صدّر الصورة بصيغة JPEG أو PNG

# A file that is neither a JPEG, a PNG nor a HEIC photo.
# $found (text): what it looks like ("GIF", "PDF", "an empty file", …)
scan-image-unknown-format = ليست صورة JPEG أو PNG: عُثر على { $found }

# A JPEG or PNG whose pixels could not be decoded.
# $format (text): "JPEG" or "PNG"
# $reason (text): the image decoder's reason, in English
scan-image-unreadable = تعذّر فك ترميز ملف { $format }: { $reason }

# A file that could not be read, and why.
# $file (text): the file
# $reason (text): why
scan-image-refused = { $file }: { $reason }

## stock, history

stock-col-in-stock = في المخزون
stock-col-quarantined = في الحجر
stock-col-earliest-expiry = أقرب انتهاء صلاحية
# A lot's history, first line.
# $product (text): the product's name
# $lot (text): the lot
# $expiry (text): its expiry date, or nothing
history-lot = { $product } — التشغيلة { $lot } (انتهاء الصلاحية { $expiry })
# $count (number): how many packs
# $status (text): their status (a code such as "in_stock")
history-lot-packs = { $count ->
        [zero] { $count } عبوة
        [one] عبوة واحدة
        [two] عبوتان
        [few] { $count } عبوات
        [many] { $count } عبوة
       *[other] { $count } عبوة
    } { $status }
# $quantity (number): how many units
# $status (text): their status (a code)
# $location (text): the location's code
history-lot-quantity = { $quantity } { $status } في { $location }
# A pack's history, first line.
# $product (text): the product's name
# $gtin (text): the GTIN
# $serial (text): the serial number
history-pack = { $product } — GTIN { $gtin } الرقم التسلسلي { $serial }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
history-pack-state = التشغيلة { $lot }، انتهاء الصلاحية { $expiry }، { $status }
# $lot (text): the lot, or nothing
# $expiry (text): the expiry date, or nothing
# $status (text): the pack's status (a code)
# $location (text): the location's code
history-pack-at = التشغيلة { $lot }، انتهاء الصلاحية { $expiry }، { $status } في { $location }
# Where a pack was before its first event.
history-new = جديدة
# Who recorded an event.
# $name (text): the person's full name
# $user (text): their username
history-by = بواسطة { $name } ({ $user })
# $at (text): when the event was recorded
history-recorded = سُجّل في { $at }
# $partner (text): the trading partner's code
history-partner = الشريك { $partner }
# $reference (text): the document's reference
history-reference = المرجع { $reference }
# $reason (text): the reason given
history-reason = السبب: { $reason }
# $meaning (text): what the signature means (a code)
# $name (text): who signed
history-signed = موقّع ({ $meaning }) من { $name }
# $scan (text): the scan as the scanner sent it
history-scan = المسح { $scan }
# $quantity (number): how many units
history-quantity = الكمية { $quantity }
# $event (text): the event's id
# $hash (text): the start of its hash
history-event = الحدث { $event } البصمة { $hash }
# A pack written off (custody write-off): reported stolen, or taken as a sample.
# $serial (text): the serial number
# $status (text): its status now (missing, transferred_out)
# $location (text): the location's code it was held at
write-off-done = العبوة { $serial } الآن { $status ->
        [missing] مفقودة
        [transferred_out] خارج الموقع
       *[other] { $status }
    } (كانت محفوظة في { $location }).
# $id (number): the national request queued with it
write-off-decommission = إلغاء تفعيلها الوطني في قائمة الانتظار بالطلب { $id }.
write-off-no-decommission = لم يُدرج أي إلغاء تفعيل وطني في قائمة الانتظار: الموقع لا يلغي التفعيل، أو سبق إلغاء تفعيل هذه العبوة (المستشفى الذي يلغي التفعيل عند الاستلام فعل ذلك حينها).

## user

user-col-change = التغيير
user-col-role = الدور
user-col-active = نشط
user-col-username = اسم المستخدم
# $user (text): the username
# $name (text): the full name
# $role (text): the role (a code such as "staff")
user-added = أُضيف المستخدم { $user } ({ $name }، { $role }).
# $user (text): the username
user-password-set = ضُبطت كلمة مرور { $user }.
# $user (text): the username
# $name (text): the full name
user-enabled = فُعّل { $user } ({ $name }).
# $user (text): the username
# $name (text): the full name
user-disabled = عُطّل { $user } ({ $name })؛ تحتفظ سجلاته باسمه.
# $user (text): the username
# $name (text): the full name
# $role (text): the new role (a code such as "manager")
user-role-set = أصبح دور { $user } ({ $name }) الآن { $role }.
# $lang (text): the language's own name
user-language-chosen = اختيارك: { $lang }.
user-language-none = لم تختر أي لغة: الإنجليزية هنا، ولغة الحاسوب في التطبيق.
# $lang (text): the language's own name
user-language-set = يتحدث Custody إليك الآن بـ{ $lang }.
user-language-cleared = أُلغي اختيارك للغة: الإنجليزية هنا، ولغة الحاسوب في التطبيق.

## count

# A count's first line.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info = الجرد { $count } في { $location }: { $status } (بدأه { $user } في { $at })
# The same, for a blind count.
# $count (number): the count's number
# $location (text): the location's code
# $status (text): its status (a code such as "open")
# $at (text): when it started
# $user (text): who started it
count-info-blind = الجرد { $count } في { $location }: { $status } (جرد أعمى، بدأه { $user } في { $at })
# After the first line, when the count covers some products only.
# $products (text): their GTINs
count-info-products = ؛ المنتجات { $products }
# $counted (number): packs counted so far
# $expected (number): packs the ledger expects
count-counted-of = عدد العبوات المجرودة: { $counted } من أصل { $expected } متوقعة
# $counted (number): packs counted so far
count-counted = عدد العبوات المجرودة: { $counted }
# $quantity (number): units of lot-tracked stock counted
count-lot-counted = الكمية المجرودة من المخزون المتتبع بالتشغيلة: { $quantity }
# A list of packs in a variance, with its title.
# $title (text): one of the count-missing … count-arrived-during titles
# $count (number): how many packs
count-section = { $title } ({ $count }):
count-missing = مفقودة: متوقعة هنا ولم تُجرد
count-unexpected = وُجدت هنا ومسجّلة في موقع آخر
count-wrong-status = حالة خاطئة: مشتبه بها (أو وُجدت مجددًا إن كانت مسجّلة مفقودة)
count-not-received = لم تُستلم هنا قط
count-left-during = خرجت أثناء الجرد (محسوبة)
count-arrived-during = وصلت أثناء الجرد ولم تُجرد (دون تسوية)
count-col-ledger-says = حسب السجل
# $status (text): a status (a code)
# $location (text): the location's code
count-status-at = { $status } في { $location }
count-never-received-cell = لم تُستلم هنا قط
# $found (number): packs found where the ledger has them
count-found-clean = عدد العبوات الموجودة كما هو متوقع: { $found }؛ لا فروق.
# $found (number): packs found where the ledger has them
count-found = عدد العبوات الموجودة كما هو متوقع: { $found }.
count-lots = التشغيلات:
count-col-expected = المتوقع
count-col-counted = المجرود
count-col-difference = الفرق
# $count (number): the count's number
count-scan-with = امسح باستخدام: custody count scan { $count } < scans.txt
count-none = لا توجد عمليات جرد.
count-col-count = الجرد
count-col-started = بدأ في
count-col-kind = النوع
count-col-note = ملاحظة
count-kind-all = كل المنتجات
count-kind-blind-all = أعمى، كل المنتجات
# $products (number): how many products the count covers
count-kind-some = { $products ->
        [zero] { $products } منتج
        [one] منتج واحد
        [two] منتجان
        [few] { $products } منتجات
        [many] { $products } منتجًا
       *[other] { $products } منتج
    }
# $products (number): how many products the count covers
count-kind-blind-some = أعمى، { $products ->
        [zero] { $products } منتج
        [one] منتج واحد
        [two] منتجان
        [few] { $products } منتجات
        [many] { $products } منتجًا
       *[other] { $products } منتج
    }
# $counted (number): packs counted
# $expected (number): packs expected
count-n-of = { $counted } من { $expected }
# $count (number): the count's number
# $missing (number): packs recorded missing
# $moved (number): packs moved here
# $found (number): packs found again
# $quarantined (number): suspect packs put in quarantine
# $added (number): units added to lots
# $removed (number): units removed from lots
# $events (number): ledger events written
count-applied = طُبّق الجرد { $count }: المفقود { $missing }، المنقول إلى هنا { $moved }، الموجود مجددًا { $found }، المشتبه به المحال إلى الحجر { $quarantined }؛ التشغيلات +{ $added } / -{ $removed }؛ عدد أحداث السجل: { $events }.
# $count (number): the count's number
count-abandoned = أُلغي الجرد { $count }؛ لم يُكتب شيء في السجل.

## reorder, shortages, expiring, alert-windows, position

# A number of days in a table cell.
# $days (number): how many days
cli-days-short = { $days } ي
levels-col-lead-time = مهلة التوريد
levels-col-on-hand = المتوفر
levels-col-usable = القابل للاستخدام
levels-col-held = المحجوز
levels-col-per-day = في اليوم
levels-col-cover = التغطية
levels-col-stock-out = النفاد في
levels-col-order = الطلب
levels-col-why = السبب
# $product (text): the product's name
# $location (text): the location's code
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-set = { $product } في { $location }: إعادة الطلب دون { $min }، حتى { $max }، مهلة التوريد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
# $rules (number): how many rules
reorder-imported = ضُبطت { $rules ->
        [zero] { $rules } قاعدة
        [one] قاعدة واحدة
        [two] قاعدتان
        [few] { $rules } قواعد
        [many] { $rules } قاعدة
       *[other] { $rules } قاعدة
    } لإعادة الطلب.
# $rules (number): how many rules
reorder-saved = حُفظت { $rules ->
        [zero] { $rules } قاعدة
        [one] قاعدة واحدة
        [two] قاعدتان
        [few] { $rules } قواعد
        [many] { $rules } قاعدة
       *[other] { $rules } قاعدة
    }.
# $rules (number): how many suggestions
reorder-suggested = عدد الاقتراحات: { $rules }؛ يحفظها الخيار --apply.
# custody reorder history: every change of a rule, newest first.
reorder-history-col-changed = وقت التغيير
reorder-history-col-before = قبل
reorder-history-col-after = بعد
# A rule's levels in the history's before and after columns.
# $min (number): the reorder point
# $max (number): the par level
# $days (number): the lead time in days
reorder-history-levels = الأدنى { $min }، الأقصى { $max }، { $days } ي
# Before a change that made a new rule.
reorder-history-new = (قاعدة جديدة)
# After a change that removed the rule.
reorder-history-removed = (محذوفة)
reorder-history-none = لم تُغيَّر أي قاعدة لإعادة الطلب.
shortages-none = لا نقص: لكل منتج له قاعدة إعادة طلب تغطية كافية قابلة للاستخدام.
# $days (text): the windows, e.g. "30, 60, 90"
alert-windows = نوافذ التنبيه بانتهاء الصلاحية: { $days } يومًا.
expiring-col-window = النافذة
expiring-col-days = الأيام
expiring-col-qty = الكمية
expiring-col-value = القيمة
# The window of stock already expired.
expiring-expired = منتهي الصلاحية
# $days (number): the alert window in days
expiring-within = ≤{ $days } ي

## recall

recall-class-i = الفئة I
recall-class-ii = الفئة II
recall-class-iii = الفئة III
recall-class-withdrawal = سحب من السوق
# A recall entered, imported or extended.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-entered = أُدخل السحب { $recall } ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-imported = استُورد السحب { $recall } ({ $class }): { $title }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
# $title (text): its title
recall-extended = وُسّع السحب { $recall } ({ $class }): { $title }.
# $units (number): packs put in quarantine
# $quantity (number): units of lot-tracked stock put in quarantine
# $events (number): ledger events written
# $recall (text): the recall's number
recall-held = وُضع في الحجر في مكانه: { $units ->
        [zero] { $units } عبوة
        [one] عبوة واحدة
        [two] عبوتان
        [few] { $units } عبوات
        [many] { $units } عبوة
       *[other] { $units } عبوة
    } و{ $quantity } من المخزون المتتبع بالتشغيلة، في { $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    } في السجل تشير إلى { $recall }.
# $recall (text): the recall's number
# $class (text): its class, as recall-class-… says it
recall-header = السحب { $recall }  { $class }
# The labels of a recall's details; the values are lined up after the longest.
recall-label-reason = السبب:
recall-label-instructions = التعليمات:
recall-label-issued = تاريخ الإصدار:
recall-label-entered = أُدخل:
recall-label-closed = أُغلق:
recall-label-status = الحالة:
recall-label-scope = النطاق:
# $date (text): the date the recall was issued
# $issuer (text): who issued it
recall-issued-by = { $date } من { $issuer }
# $at (text): when it was entered
# $user (text): who entered it
recall-entered-by = { $at } بواسطة { $user }
# $at (text): when it was closed
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
recall-closed-by = { $at }، موقّع ({ $meaning }) من { $user }
recall-status-open = مفتوح
recall-closed-cell = مغلق
# $units (number): packs in the recall's reach
# $in_stock (number): of them in stock
# $quarantined (number): quarantined
# $dispensed (number): dispensed
# $transferred (number): transferred out
# $returned (number): returned to the supplier
# $destroyed (number): destroyed
# $missing (number): missing
recall-reach = النطاق الفعلي: { $units ->
        [zero] { $units } عبوة
        [one] عبوة واحدة
        [two] عبوتان
        [few] { $units } عبوات
        [many] { $units } عبوة
       *[other] { $units } عبوة
    }: في المخزون { $in_stock }، في الحجر { $quarantined }، مصروفة { $dispensed }، منقولة إلى الخارج { $transferred }، مُرجعة إلى المورّد { $returned }، مُتلفة { $destroyed }، مفقودة { $missing }
# $held (number): units of lot-tracked stock held
# $issued (number): units of lot-tracked stock issued
# $expected (number): packs still expected on open shipments
# $not_received (number): serials never received here
recall-reach-lots = المتتبع بالتشغيلة: محجوز { $held }، مصروف { $issued }؛ ما زال متوقعًا في شحنات مفتوحة { $expected }؛ أرقام تسلسلية لم تُستلم هنا قط { $not_received }
# $open (number): items that still need an outcome
recall-reach-open = مفتوح: { $open ->
        [zero] { $open } بند
        [one] بند واحد
        [two] بندان
        [few] { $open } بنود
        [many] { $open } بندًا
       *[other] { $open } بند
    } بحاجة إلى نتيجة
# $serial (text): a serial number
recall-serial = الرقم التسلسلي { $serial }
# $lot (text): a lot
recall-lot = التشغيلة { $lot }
# $shipment (text): the shipment's reference
# $pack (text): the GTIN with its serial or lot
# $quantity (number): how many
recall-still-expected = ما زال متوقعًا في { $shipment }: { $pack } (الكمية { $quantity })
# $pack (text): the pack never received
recall-never-received = لم يُستلم هنا قط: { $pack }
# An item that still needs an outcome.
recall-open-cell = مفتوح
recall-col-where = أين
recall-col-since = منذ
recall-col-document = المستند
recall-col-number = الرقم
recall-col-class = الفئة
recall-col-issued = الإصدار
recall-col-title = العنوان
recall-col-packs = العبوات
recall-col-open = المفتوح
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
# $user (text): who entered it there
recall-shared-already = لدى الخادم المركزي السحب { $recall } مسبقًا (سحب الشبكة { $network }، أدخله { $user }): لم يُدخل شيء جديد.
# $recall (text): the recall's number
# $network (text): the network recall's id at the hub
recall-shared = شورك السحب { $recall }: سحب الشبكة { $network } لدى الخادم المركزي؛ يستلمه كل موقع يستخدم المنتج عند المزامنة التالية.
# $notices (number): how many recall notices the file holds
recall-several = يحتوي الملف على عدد من إشعارات السحب: { $notices }؛ كل إشعار سحب مستقل.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $open (number): items still open
recall-outcome = سُجّلت النتيجة «{ $outcome }» لـ{ $units ->
        [zero] { $units } عبوة
        [one] عبوة واحدة
        [two] عبوتان
        [few] { $units } عبوات
        [many] { $units } عبوة
       *[other] { $units } عبوة
    } و{ $quantity } من المخزون المتتبع بالتشغيلة؛ ما زال مفتوحًا: { $open ->
        [zero] { $open } بند
        [one] بند واحد
        [two] بندان
        [few] { $open } بنود
        [many] { $open } بندًا
       *[other] { $open } بند
    }.
# $outcome (text): the outcome (a code such as "destroyed")
# $units (number): packs
# $quantity (number): units of lot-tracked stock
# $events (number): ledger events written
# $open (number): items still open
recall-outcome-events = سُجّلت النتيجة «{ $outcome }» لـ{ $units ->
        [zero] { $units } عبوة
        [one] عبوة واحدة
        [two] عبوتان
        [few] { $units } عبوات
        [many] { $units } عبوة
       *[other] { $units } عبوة
    } و{ $quantity } من المخزون المتتبع بالتشغيلة ({ $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    } في السجل)؛ ما زال مفتوحًا: { $open ->
        [zero] { $open } بند
        [one] بند واحد
        [two] بندان
        [few] { $open } بنود
        [many] { $open } بندًا
       *[other] { $open } بند
    }.
# $recall (text): the recall's number
# $meaning (text): what the signature means (a code)
# $user (text): who closed it
# $at (text): when
recall-closed = أُغلق السحب { $recall }: موقّع ({ $meaning }) من { $user } في { $at }.

## backup

# $file (text): the backup's file
# $size (text): its size in MB, e.g. "12.5"
# $events (number): events on its ledger
backup-taken = النسخة الاحتياطية { $file } ({ $size } ميغابايت)، مُتحقَّق منها: السلامة جيدة، السجل سليم ({ $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }).
backup-col-taken = أُخذت (UTC)
backup-col-size = الحجم
backup-col-file = الملف
# $file (text): the backup's file
# $events (number): events on its ledger
backup-good = { $file }: السلامة جيدة، السجل سليم ({ $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    })، والمخطط كما تنشئه الترحيلات.
# $file (text): the backup's file
backup-damaged = { $file }: تالفة
# Refused: a restore replaces the database only when asked with --yes.
# $db (text): the database file
# $file (text): the backup's file
backup-restore-needs-yes = هذا يستبدل { $db } بـ { $file } (تُحفظ قاعدة البيانات الحالية جانبًا)؛ أضف --yes للمتابعة
# $db (text): the database file
# $file (text): the backup's file
# $aside (text): where the previous database is kept
backup-restored = استُعيدت { $db } من { $file }؛ حُفظت قاعدة البيانات السابقة باسم { $aside }.

## verify, clock-correct, late-entry

# $seq (text): the event's sequence number, grouped by thousands
# $hash (text): the start of its hash
verify-last-event = آخر حدث تم التحقق منه: { $seq } (البصمة { $hash }…).
# $correction (text): a clock correction recorded on the ledger
verify-declared = مُصرَّح به في السجل: { $correction }
# $seq (number): the checkpoint's event sequence number
verify-checkpoint = سُجّلت نقطة تحقق (الحدث رقم { $seq }).
# $why (text): why no checkpoint was recorded
verify-no-checkpoint = لم تُسجَّل نقطة تحقق: { $why }
# $problems (number): problems found
# $covered (text): what was checked, as verify-covered-… says it
verify-not-intact = السجل غير سليم: عدد المشكلات { $problems } ({ $covered }).
# $more (number): findings not listed
verify-more = … و{ $more } أخرى.
# $first (text): the first event checked, grouped by thousands
# $last (text): the last, grouped by thousands
verify-events = الأحداث { $first }–{ $last }
verify-no-events = لا أحداث
# $range (text): the events checked, as verify-events says it
# $units (text): packs checked
# $lots (text): lots checked
# $days (text): days checked
# $at (text): when the checkpoint was recorded
# $seq (text): the checkpoint's event
verify-covered-since = تم التحقق من { $range } ومن العبوات ({ $units }) والتشغيلات ({ $lots }) والأيام ({ $days }) التي تغيّرت منذ نقطة التحقق المسجّلة في { $at } (الحدث رقم { $seq })؛ لم يُتحقق هذه المرة من الأحداث السابقة ولا من الصفوف التي لم تتغير: شغّل `verify --full` للتحقق من الكل
# $range (text): the events checked, as verify-events says it
verify-covered-all = تم التحقق من كل { $range }
# $events (number): events checked
# $lines (number): event lines checked
# $units (number): packs checked
verify-intact = السجل سليم: عدد الأحداث { $events }، والأسطر { $lines }، والعبوات المُتحقق منها { $units }؛ جداول المخزون وأدوار المستخدمين مطابقة للسجل.
# $covered (text): what was checked, as verify-covered-… says it
verify-intact-since = السجل سليم منذ آخر نقطة تحقق: { $covered }.
# $event (text): the event's id
# $seq (number): its sequence number
clock-corrected = سُجّل تصحيح الساعة بوصفه الحدث { $event } (الرقم { $seq })؛ يستمر التسجيل من الآن.
# $days (number): the late-entry window in days
late-entry-days = يمكن إدخال ما حدث حتى { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } إلى الوراء.

## sync

# Counted things: $count chooses the plural, $shown is the number as printed (grouped by
# thousands, e.g. "1,204").
# $count (number): how many
# $shown (text): the number as printed
sync-events = { $count ->
        [zero] { $shown } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $shown } أحداث
        [many] { $shown } حدثًا
       *[other] { $shown } حدث
    }
# $count (number): how many
# $shown (text): the number as printed
sync-batches = { $count ->
        [zero] { $shown } دفعة
        [one] دفعة واحدة
        [two] دفعتان
        [few] { $shown } دفعات
        [many] { $shown } دفعة
       *[other] { $shown } دفعة
    }
# $count (number): how many
# $shown (text): the number as printed
sync-changes = { $count ->
        [zero] { $shown } تغيير
        [one] تغيير واحد
        [two] تغييران
        [few] { $shown } تغييرات
        [many] { $shown } تغييرًا
       *[other] { $shown } تغيير
    }
# $count (number): how many
# $shown (text): the number as printed
sync-pages = { $count ->
        [zero] { $shown } صفحة
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $shown } صفحات
        [many] { $shown } صفحة
       *[other] { $shown } صفحة
    }
# $count (number): how many
# $shown (text): the number as printed
sync-alarm-changes = { $count ->
        [zero] { $shown } تغيير في الإنذارات
        [one] تغيير واحد في الإنذارات
        [two] تغييران في الإنذارات
        [few] { $shown } تغييرات في الإنذارات
        [many] { $shown } تغييرًا في الإنذارات
       *[other] { $shown } تغيير في الإنذارات
    }
# $count (number): how many
# $shown (text): the number as printed
sync-network-recalls = { $count ->
        [zero] { $shown } عملية سحب شبكية
        [one] سحب شبكي واحد
        [two] سحبان شبكيان
        [few] { $shown } عمليات سحب شبكية
        [many] { $shown } عملية سحب شبكية
       *[other] { $shown } عملية سحب شبكية
    }
# $count (number): how many
# $shown (text): the number as printed
sync-accounts = { $count ->
        [zero] { $shown } حساب
        [one] حساب واحد
        [two] حسابان
        [few] { $shown } حسابات
        [many] { $shown } حسابًا
       *[other] { $shown } حساب
    }
# $site (text): the site's code
# $hub (text): the hub's address
sync-enrolled = سُجّل { $site } لدى الخادم المركزي { $hub }.
# $count (number): how many outcomes
# $shown (text): the number as printed
# $new (text): how many were new to the hub, as printed
sync-outcomes-sent = أُرسلت إلى الخادم المركزي { $count ->
        [zero] { $shown } نتيجة سحب
        [one] نتيجة سحب واحدة
        [two] نتيجتا سحب
        [few] { $shown } نتائج سحب
        [many] { $shown } نتيجة سحب
       *[other] { $shown } نتيجة سحب
    } لعمليات سحب الشبكة (الجديد منها { $new }).
# $count (number): how many outcomes
# $shown (text): the number as printed
sync-outcomes-refused = رفض الخادم المركزي { $count ->
        [zero] { $shown } نتيجة سحب
        [one] نتيجة سحب واحدة
        [two] نتيجتي سحب
        [few] { $shown } نتائج سحب
        [many] { $shown } نتيجة سحب
       *[other] { $shown } نتيجة سحب
    }: محفوظة هنا فقط (ما زال `custody recall reach` يعرضها).
# $message (text): why sending stopped
sync-outcomes-not-sent = لم تُرسل نتائج السحب: { $message }.
# $message (text): why the pull stopped
sync-pull-stopped = توقف الاستلام: { $message }.
# $changes (text): the changes pulled, as sync-changes says them
# $pages (text): the pages, as sync-pages says them
# $products_added (text): new products, as printed
# $products_changed (text): changed products, as printed
# $partners_added (text): new partners, as printed
# $partners_changed (text): changed partners, as printed
# $alarms (text): alarm changes, as sync-alarm-changes says them
# $recalls (text): network recalls, as sync-network-recalls says them
# $unchanged (text): changes that changed nothing here, as printed
sync-pulled = استُلم { $changes } في { $pages }: المنتجات جديد { $products_added } ومُعدَّل { $products_changed }؛ الشركاء جديد { $partners_added } ومُعدَّل { $partners_changed }؛ { $alarms }؛ { $recalls }؛ { $unchanged } كما لدى الخادم المركزي أصلًا.
sync-no-alarm = لا إنذارات من الخادم المركزي.
sync-no-open-alarm = لا إنذارات مفتوحة من الخادم المركزي.
# The header of the alarms' list: columns separated by tabs, as scripts split them.
sync-alarms-header = الإنذار{"\u0009"}العبوة{"\u0009"}الحالة{"\u0009"}الأنماط{"\u0009"}المواقع{"\u0009"}أُطلق{"\u0009"}أُغلق
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-push = لا شيء للإرسال؛ لدى الخادم المركزي حتى الحدث { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $acked (text): the last event the hub holds, as printed
sync-pushed = أُرسل { $events } في { $batches }؛ لدى الخادم المركزي حتى الحدث { $acked }.
# $events (text): the events pushed, as sync-events says them
# $batches (text): the batches, as sync-batches says them
# $held (text): how many the hub held already, as printed
# $acked (text): the last event the hub holds, as printed
sync-pushed-held = أُرسل { $events } في { $batches } (منها { $held } لديه مسبقًا)؛ لدى الخادم المركزي حتى الحدث { $acked }.
# $acked (text): the last event the hub holds, as printed
sync-nothing-to-pull-back = لا شيء للاسترجاع: سجل هذا الموقع يضم كل أحداث الخادم المركزي ({ $acked }).
# $event (text): the event, as printed
sync-pulled-back-one = استُرجع الحدث { $event } من الخادم المركزي.
# $first (text): the first event, as printed
# $last (text): the last event, as printed
sync-pulled-back = استُرجعت الأحداث { $first }–{ $last } من الخادم المركزي.
# $accounts (text): the accounts, as sync-accounts says them
sync-accounts-without-password = { $accounts } أُضيفت بعد النسخة الاحتياطية عادت دون كلمة مرور: يضبطها المسؤول.
# $waiting (text): the events on the ledger, as sync-events says them
sync-not-enrolled = غير مسجّل لدى خادم مركزي: يسجّل المسؤول هذا الموقع باستخدام `custody sync enrol --hub URL --code CODE`. في السجل { $waiting }.
# $ago (text): how long ago, as sync-just-now … sync-on say it
# $waiting (text): the events waiting, as sync-events says them
sync-synced = تمت المزامنة { $ago }؛ في الانتظار { $waiting }.
# $waiting (text): the events waiting, as sync-events says them
sync-enrolled-nothing-pushed = مسجّل، ولم يُرسل شيء بعد؛ في الانتظار { $waiting }.
# $at (text): since when, a local time (or date and time)
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline-since = غير متصل منذ { $at }، في الانتظار { $waiting }{ $message }.
# $waiting (text): the events waiting, as sync-events says them
# $message (text): why, in brackets after a space, or nothing
sync-offline = غير متصل منذ آخر إرسال، في الانتظار { $waiting }{ $message }.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-fork = تفرّع: اتصل بمسؤول الخادم المركزي{ $message }. لا يُرسل شيء حتى يُحل؛ في الانتظار { $waiting }.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-suspended = أوقفه الخادم المركزي: اتصل بمسؤوله{ $message }؛ في الانتظار { $waiting }.
# $message (text): why, in brackets after a space, or nothing
# $waiting (text): the events waiting, as sync-events says them
sync-refused = رفضه الخادم المركزي{ $message }؛ في الانتظار { $waiting }.
# $hub (text): the hub's address
# $site (text): the site's code
# $acked (text): the last event the hub holds, as printed
# $last (text): the last event on this site's ledger, as printed
sync-hub = الخادم المركزي { $hub }، الموقع { $site }: لدى الخادم المركزي حتى الحدث { $acked } من { $last }.
sync-just-now = للتو
# $minutes (number): minutes ago
sync-minutes-ago = منذ { $minutes } دقيقة
# $hours (number): hours ago
sync-hours-ago = منذ { $hours } ساعة
# $date (text): a date and time
sync-on = في { $date }

## init, product, location, partner, settings, report

# $file (text): the database file
cli-created-database = أُنشئت قاعدة البيانات { $file }.
cli-col-code = الرمز
cli-col-kind = النوع
# $site (text): the site's code
# $name (text): the site's name
init-set-up = جُهّز الموقع { $site } ({ $name }).
# $site (text): the site's code
# $name (text): the site's name
# $admin (text): the administrator's username
init-set-up-admin = جُهّز الموقع { $site } ({ $name }) مع المسؤول { $admin }.
# $gtin (text): the product's GTIN
# $name (text): its name
product-added = أُضيف المنتج { $gtin } ({ $name }).
# $gtin (text): the product's GTIN
# $name (text): its name
product-changed = عُدّل المنتج { $gtin } ({ $name }).
# $products (number): how many products
# $file (text): the file they came from
product-imported = استُورد { $products ->
        [zero] { $products } منتج
        [one] منتج واحد
        [two] منتجان
        [few] { $products } منتجات
        [many] { $products } منتجًا
       *[other] { $products } منتج
    } من { $file }.
product-col-tracking = التتبع
product-col-pack = العبوة
product-col-manufacturer = المصنّع
# $code (text): the location's code
# $name (text): its name
location-added = أُضيف الموقع { $code } ({ $name }).
# $code (text): the partner's code
# $name (text): its name
partner-added = أُضيف الشريك { $code } ({ $name }).
partner-col-gln = GLN
settings-scanners = الماسحات
settings-substitutes = يُرسل بدل فاصل المجموعة:
settings-no-substitutes = لا شيء (ترسل الماسحات فاصل المجموعة نفسه)
settings-leading-gs = يُحذف فاصل المجموعة بعد معرّف الترميز:
settings-plain-symbol = تُقرأ بيانات GS1 في Data Matrix عادي:
settings-receipts = الاستلام
settings-short-dated = قريب انتهاء الصلاحية إذا انتهت خلال:
settings-price-tolerance = تحذير السعر إذا تجاوز سعر العقد بأكثر من:
settings-currency = الأسعار بعملة:
settings-no-currency = لم تُختر عملة (المبالغ أرقام فقط)
settings-alert-windows = نوافذ التنبيه بانتهاء الصلاحية:
# $days (text): a number of days, or several separated by commas
settings-days = { $days } يومًا
# $file (text): the file written
# $title (text): the report's title
# $rows (number): rows in it
# $kb (number): its size in KB
report-wrote = كُتب { $file }: { $title } (عدد الصفوف { $rows }، { $kb } كيلوبايت).

## expected, export epcis

expected-col-id = الرقم
expected-col-reference = المرجع
expected-col-lines = الأسطر
expected-col-received = المستلم
expected-col-closed = مغلقة
expected-col-line = السطر
expected-col-advice = حسب الإشعار
# $received (number): how many packs were received
# $location (text): where they were received
expected-received-into = استُلم في { $location } عدد العبوات: { $received }.
# A line the whole receipt left out, under expected-received-into.
# $reason (text): which line and why
expected-not-received = لم يُستلم: { $reason }
# $id (text): the shipment's number
# $reference (text): its document number
# $from (text): the supplier as expected-from says it, or nothing
# $matched (number): lines received
# $expected (number): lines expected
# $closed (text): when it was closed as expected-closed says it, or nothing
expected-shipment = الشحنة { $id } ({ $reference }{ $from }): الأسطر المستلمة { $matched } من أصل { $expected }{ $closed }
# After the shipment's reference, inside its brackets.
# $partner (text): the supplier
expected-from = ، من { $partner }
# At the end of expected-shipment.
# $at (text): when it was closed
expected-closed = ، أُغلقت في { $at }
expected-still-expected = ما زال متوقعًا:
expected-discrepancies = الفروقات (استُلم على غير ما يذكره الإشعار):
# What the advice said of a pack received otherwise.
# $line (text): the advice's line number
# $lot (text): the lot it gave, or "-"
# $expiry (text): the expiry it gave, or "-"
expected-advice-line = السطر { $line }: التشغيلة { $lot } الانتهاء { $expiry }
# $message (text): what does not match
expected-discrepancy = فرق: { $message }
# The context of a refused advice file.
# $file (text): the file
expected-importing = استيراد { $file }
epcis-say-what = حدّد ما يُصدَّر: --gtin مع --serial أو --lot، أو --from و--to
# $events (number): how many events
# $file (text): the file written
epcis-wrote = كُتب في { $file } عدد الأحداث: { $events }.

## replenish

# $code (text): the ward's code
# $name (text): its name
# $by (text): the location that supplies it
replenish-supplied-by = يُزوَّد { $code } ({ $name }) من { $by }.
# $code (text): the ward's code
# $name (text): its name
replenish-no-supplying-location = ليس لـ { $code } ({ $name }) موقع يزوّده.
# $name (text): the product's name
# $gtin (text): its GTIN
# $supplier (text): the supplier's code
replenish-usual-supplier = يُطلب { $name } ({ $gtin }) عادةً من { $supplier }.
# $name (text): the product's name
# $gtin (text): its GTIN
replenish-no-usual-supplier = ليس لـ { $name } ({ $gtin }) مورّد معتاد.
replenish-no-pick-list = لا توجد قائمة تجهيز بعد: أنشئ واحدة بالأمر `custody replenish pick-list --new`.
replenish-nothing-to-pick = لا توجد قائمة تجهيز للتجهيز منها: أنشئ واحدة بالأمر `custody replenish pick-list --new`
# The verdict of one pick, at the start of its line (padded to 12 characters).
replenish-picked = جهز
replenish-not-picked = لم يجهز
replenish-refused = مرفوض
# $line (text): the pick list's line
# $product (text): the product
# $location (text): the ward it goes to
# $picked (number): how many are picked
# $wanted (number): how many are wanted
replenish-picked-line = السطر { $line }: { $product } إلى { $location }، { $picked } من { $wanted }
# After replenish-picked-line, in brackets.
replenish-not-the-proposed-lot = (ليست التشغيلة المقترحة)
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list = قائمة التجهيز { $list } أنشأها { $by } في { $at }
# $list (text): the pick list's reference, "PICK-3"
# $at (text): when it was made
# $by (text): who made it
replenish-pick-list-replaced = قائمة التجهيز { $list } أنشأها { $by } في { $at } (استُبدلت)
replenish-col-line = السطر
replenish-col-from = من
replenish-col-to = إلى
replenish-col-wanted = المطلوب
replenish-col-take = يؤخذ (التشغيلة/الرقم التسلسلي، الانتهاء)
replenish-col-short = النقص
replenish-col-picked = جهز
replenish-none-to-take = لا شيء يؤخذ
# $picked (number): how many were picked
replenish-done = اكتمل ({ $picked })
replenish-unsupplied = خارج القائمة، ليس للجناح موقع يزوّده (عيّن واحدًا بالأمر `custody replenish supply`):
replenish-no-orders = لا توجد صيدلية أو مخزن دون حد إعادة الطلب.
# $name (text): the supplier's name
# $code (text): its code
# $total (text): the order's total, as money
replenish-order = { $name } ({ $code }): الإجمالي { $total }
replenish-order-no-supplier = لا مورّد معتاد — اختر واحدًا (`custody replenish usual-supplier GTIN --supplier CODE`):
replenish-col-unit-price = سعر الوحدة
replenish-col-line-total = إجمالي السطر
# $list (text): what was given
replenish-not-a-pick-list = «{ $list }» ليس رقم قائمة تجهيز مثل PICK-3

## sync rebuild, sync pull's details

# $count (number): how many
# $shown (text): the number as printed
sync-packs = { $count ->
        [zero] { $shown } عبوة
        [one] عبوة واحدة
        [two] عبوتان
        [few] { $shown } عبوات
        [many] { $shown } عبوة
       *[other] { $shown } عبوة
    }
# $count (number): how many
# $shown (text): the number as printed
sync-records = { $count ->
        [zero] { $shown } سجل
        [one] سجل واحد
        [two] سجلان
        [few] { $shown } سجلات
        [many] { $shown } سجلًا
       *[other] { $shown } سجل
    }
# $site (text): the site's code
# $name (text): its name
# $events (text): the events put back, as sync-events says them
# $admin (text): the administrator's username
sync-rebuilt = أُعيد بناء الموقع { $site } ({ $name }) من الخادم المركزي: أُعيد { $events }، وتُحقّق من كل بصمة؛ المسؤول { $admin }.
# $accounts (text): the accounts, as sync-accounts says them
sync-rebuilt-accounts = عاد { $accounts } دون كلمة مرور: يعيّنها مسؤول (custody user passwd).
# $records (text): the records, as sync-records says them
sync-rebuilt-records = عاد { $records } (منتجات، مواقع، شركاء) بالرمز وحده: أكملها.
# $admin (text): the administrator's username
sync-rebuilt-check = تحقّق منه بالأمر: custody --as { $admin } verify --full
# $code (text): the partner's code at the hub
# $site_name (text): the name this site gives it
# $hub_name (text): the name the hub gives it
# $kept_as (text): the code the hub's partner is kept under here
sync-partner-clash = رمز الشريك { $code } هو { $site_name } هنا و{ $hub_name } لدى الخادم المركزي: يُحفظ شريك الخادم المركزي هنا باسم { $kept_as }؛ ولا يتغيّر { $code } في هذا الموقع.
# $gtin (text): the product's GTIN
sync-tracking-kept = المنتج { $gtin }: غيّر الخادم المركزي طريقة تتبّعه، لكن المخزون مسجّل هنا بالطريقة الحالية، وتبقى كما هي.
# $number (text): the recall's number
sync-recall-linked = سحب الشبكة { $number }: السحب المُدخل هنا بهذا الرقم؛ رُبط به، ولم يُحجز شيء من جديد.
# $number (text): the recall's number
# $title (text): its title
sync-recall-entered-closed = أُدخل سحب الشبكة { $number }: { $title }؛ مغلق، كما يسجّل سجل هذا الموقع، فلم يُحجز شيء.
# $number (text): the recall's number
# $title (text): its title
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-entered = أُدخل سحب الشبكة { $number }: { $title }؛ حُجز { $packs } و{ $quantity } من المخزون المتتبع بالتشغيلة.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
sync-recall-widened-closed = وسّع الخادم المركزي سحب الشبكة { $number }: أُضيف { $added }، لكنه مغلق هنا، فلم يُحجز شيء: افحص مخزون { $added } واتصل بمسؤول الجودة لدى الخادم المركزي.
# $number (text): the recall's number
# $added (text): the lots or packs added, separated by commas
# $packs (text): the packs held, as sync-packs says them
# $quantity (text): the lot-tracked quantity held, as printed
sync-recall-widened = وسّع الخادم المركزي سحب الشبكة { $number }: أُضيف { $added }؛ حُجز { $packs } و{ $quantity } من المخزون المتتبع بالتشغيلة.

## demo

# $products (number): products made
# $locations (number): locations made
# $packs (number): packs made
# $events (number): events recorded
# $years (text): the years of history as demo-years says them after a space, or nothing
# $seconds (text): how long it took, in seconds with one decimal
demo-made = بيانات العرض: المنتجات { $products }، المواقع { $locations }، العبوات { $packs }، الأحداث { $events }{ $years } في { $seconds } ث.
# $years (number): years of history
demo-years = (سنوات من السجل قبل سجل الحجم نفسه: { $years })
demo-users = المستخدمون: admin (مسؤول)، amira وdev (موظفون)، ben (مدير)، chloe (الجودة).

## The command line's own errors (what it was doing when something failed)

# $file (text): the file
cli-opening = فتح { $file }
# $file (text): the file
cli-creating-database = إنشاء قاعدة البيانات { $file }
# $file (text): the file
cli-reading-file = قراءة { $file }
# $file (text): the path given to --db
cli-no-database-at = لا توجد قاعدة بيانات في { $file }: تحقّق من المسار، أو أنشئ واحدة بالأمر `custody init` (أو `custody demo`)
# $file (text): the path given to --db
cli-db-is-a-folder = { $file } مجلد: يسمّي --db ملف قاعدة البيانات
# $file (text): the path given to --db
cli-not-a-custody-database = { $file } ليس قاعدة بيانات Custody (ملف برنامج آخر، أو تالف): تُرك دون تغيير
# $file (text): the path
cli-cannot-look-at = تعذّر فحص { $file }
# $file (text): the path
cli-cannot-read = تعذّرت قراءة { $file }
# $variable (text): the environment variable scripts set instead
cli-reading-password = قراءة كلمة المرور من الطرفية (تعيّن البرامج النصية { $variable })
cli-reading-scans = قراءة المسوح من الإدخال القياسي
cli-reading-stdin = قراءة الإدخال القياسي
# $option (text): the option, "--today"
# $value (text): what was given
cli-not-a-date = { $option } «{ $value }» ليس تاريخًا بالصيغة YYYY-MM-DD
bench-compare-needs-db = يحتاج --compare إلى --db: قاعدة البيانات التي تُقارن بها أرقامه
# $count (text): what was given
report-not-a-count = «{ $count }» ليس رقم جرد مثل COUNT-3
# $paper (text): what was given
report-not-a-paper-size = --paper: «{ $paper }» ليس مقاس ورق: a4 أو letter

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
insights-waste-summary = الهدر من { $from } إلى { $to }: { $units } وحدة بقيمة { $value }؛ { $expired } منتهية الصلاحية ({ $predicted } متوقعة، { $surprise } مفاجئة)، { $recalled } مسحوبة، { $damaged } تالفة
# $units (number): units with no price
insights-unpriced = { $units } وحدة بلا سعر وليست محسوبة في القيمة
# $from (text): the period's first day
# $to (text): its last day
# $missing (number): units recorded missing or short
# $found (number): units found elsewhere or found again
# $value (text): the value lost, as money with the currency
insights-shrinkage-summary = فروقات الجرد من { $from } إلى { $to }: { $missing } وحدة مفقودة، { $found } عُثر عليها؛ القيمة المفقودة { $value }
insights-by-month = حسب الشهر
insights-by-product = حسب المنتج
insights-by-location = حسب الموقع
insights-by-supplier = حسب المورّد
insights-lines = كل السطور، الأقدم أولًا
insights-col-month = الشهر
insights-col-day = اليوم
insights-col-units = الوحدات
insights-col-expired = منتهية
insights-col-predicted = متوقع
insights-col-surprise = مفاجئ
insights-col-recalled = مسحوبة
insights-col-damaged = تالفة
insights-col-unpriced = بلا سعر
insights-col-value = القيمة
insights-col-value-lost = القيمة المفقودة
insights-col-supplier = المورّد
insights-col-disposition = المصير
insights-col-cause = السبب
insights-col-count = الجرد
insights-col-counts = عمليات الجرد
insights-col-with-variance = بفروقات
insights-col-keeps-disagreeing = فروقات متكررة
insights-cause-recalled = سحب
insights-cause-expired = منتهي الصلاحية
insights-cause-damaged = تالف
insights-disposition-destroyed = أُتلف
insights-disposition-returned = أُعيد إلى المورّد
insights-kind-missing = مفقود
insights-kind-found-elsewhere = وُجد في مكان آخر
insights-kind-found-again = عُثر عليه مجددًا
insights-kind-wrong-status = حالة خاطئة
insights-kind-lot-short = نقص في الدفعة
insights-kind-lot-surplus = فائض في الدفعة

# Prices where they arrive (issue #23): `custody partner price`.
# $gtin (text): the product's GTIN
# $supplier (text): the supplier's code
# $price (text): the price, with the currency's decimals
# $from (text): the first day it is in force
price-set = سعر عقد { $gtin } مع { $supplier }: { $price } ابتداءً من { $from }.
# $prices (number): how many prices
# $file (text): the file they came from
price-imported = استُورد { $prices } من أسعار العقود من { $file }.
price-none = لا توجد أسعار عقود.
price-from-start = البداية
price-col-supplier = المورّد
price-col-from = ابتداءً من
price-col-price = السعر
movement-unit-cost-twice = المبلغ وحده يسري على كل المنتجات، لذا يُعطى مرة واحدة؛ أعطِ الباقي بالصيغة GTIN=المبلغ

insights-dwell-summary = مدة البقاء من { $from } إلى { $to }: انتهت { $stays } فترة بقاء؛ { $waiting } عبوة أو تشغيلة ({ $units } وحدة) محفوظة منذ أكثر من { $days } يومًا
insights-by-location-product = حسب الموقع والمنتج
insights-dwell-distribution = فترات البقاء حسب المدة بالأيام
insights-days-range = { $from }-{ $to } يوم
insights-days-over = { $days }+ يوم
insights-waiting = محفوظة أطول من الحد الآن، الأقدم أولًا
insights-waiting-more = { $shown } من { $total } مدرجة: الأقدم انتظارًا

insights-dwell-products-more = { $shown } من { $total } من المنتجات والمواقع مدرجة: في كل موقع الـ { $each } الأطول بقاءً
insights-col-stays = فترات البقاء
insights-col-median-days = الوسيط بالأيام
insights-col-p90-days = المئين 90 بالأيام
insights-col-since = منذ
insights-col-days = الأيام
insights-suppliers-summary = الموردون من { $from } إلى { $to }: سلّم { $suppliers }؛ قصير الصلاحية يعني أقل من { $short_days } يومًا، وفوق العقد يعني أكثر من { $tolerance }% فوقه؛ دُفع { $excess } فوق العقد
insights-by-manufacturer = حسب الشركة المصنعة
insights-over-contract = استلامات بسعر أعلى من العقد
insights-affected = العبوات المتأثرة حتى مصدرها
insights-col-manufacturer = الشركة المصنعة
insights-col-deliveries = التوريدات
insights-col-missing = المفقود
insights-col-excess = فوق العقد
insights-col-recalls = الاستدعاءات
insights-col-unit-cost = تكلفة الوحدة
insights-col-contract = العقد
insights-col-finding = الملاحظة
insights-col-received = الاستلام
insights-col-manufactured = تاريخ التصنيع
insights-finding-short-dated = صلاحية قصيرة
insights-finding-lot-or-expiry-differs = تشغيلة/صلاحية مختلفة
insights-finding-unexpected = غير متوقع
insights-finding-suspect = مشتبه به
insights-finding-duplicate-serial = رقم تسلسلي مكرر
insights-finding-over-contract = فوق العقد
insights-finding-recalled = مستدعى
insights-trends-summary = اتجاهات الاستهلاك من { $from } إلى { $to }: { $rows } منتجًا وموقعًا (قواعد منخفضة جدًا: { $low }، مرتفعة جدًا: { $high }، بلا قاعدة: { $none })؛ أُدرج الأكثر استهلاكًا وعددها { $listed }
insights-trends-weeks = { $product } في { $location } أسبوعًا بأسبوع
insights-rule = { $reorder }/{ $par }، { $lead } يوم
insights-col-week = الأسبوع
insights-col-used = المستهلك
insights-col-used-last-year = العام الماضي
insights-col-rule = القاعدة (حد أدنى/أقصى، مهلة)
insights-col-stockout-days = أيام النفاد
insights-col-overstock-days = أيام الفائض
insights-col-verdict = القاعدة
insights-verdict-too-low = منخفضة جدًا
insights-verdict-too-high = مرتفعة جدًا
insights-verdict-fits = مناسبة
insights-verdict-no-rule = بلا قاعدة
insights-affected-more = أُدرج { $shown } من { $total } حسب المورد والأقدم أولًا؛ يضيّق --supplier القائمة

## custody national

national-check-needed = أعطِ --check مع --market أو --window-hours: off أو at_dispense أو at_receipt أو decommission_at_receipt.
national-no-market = لا شيء
# $market (text): EU-xx, US, or national-no-market
# $check (text): off, at_dispense, at_receipt or decommission_at_receipt
# $hours (number): the decommission window
national-settings = النظام الوطني: { $market }؛ التحقق: { $check }؛ العبوة المصروفة دون اتصال يُلغى تفعيلها خلال { $hours } ساعة.
# $waiting (number): requests waiting
# $pending (number): not yet sent
# $sent (number): sent, answer not read
# $alerts (number): ended in an alert
# $failed (number): failed
national-status = { $waiting } طلبات تحقق في الانتظار ({ $pending } لم تُرسل بعد، { $sent } أُرسلت ولم يُقرأ ردها)؛ { $alerts } تنبيهات، { $failed } فاشلة.
# $at (text): a local time
# $words (text): why it waits
national-oldest = الأقدم ينتظر منذ { $at }: { $words }
national-drainer-running = الإرسال جارٍ: معالج الإرسال في هذا التطبيق يعمل على قائمة الانتظار.
national-drainer-elsewhere = الإرسال جارٍ: نسخة أخرى من Custody تمسك قفل الإرسال لقاعدة البيانات هذه (التطبيق، أو custody national drain من سطر الأوامر).
# $path (text): the file looked for
national-drainer-not-configured = لا إرسال: لا يوجد ملف للأنظمة الوطنية في { $path }.
# $path (text): the file
# $reason (text): why, in the file reader's English
national-drainer-refused = لا إرسال: لا يمكن استخدام ملف الأنظمة الوطنية { $path }: { $reason }
# $reason (text): why, in the system's English
national-drainer-unavailable = لا إرسال: لا يمكن أخذ قفل الإرسال: { $reason }
# $path (text): the file
national-drainer-stopped = لا يعمل أي إرسال: الملف { $path } صالح؛ تنتظر الطلبات حتى يعمل التطبيق أو يُشغَّل custody national drain.
# $at (text): a local time
national-window = تنبيه: عبوة صُرفت دون اتصال يجب إيقافها قبل { $at }. أعد الشبكة، أو اتصل بمكتب مساعدة النظام الوطني.
# $old (number): the failed request
# $new (number): the new one
national-retried = أُعيد الطلب { $old } إلى الطابور بوصفه الطلب { $new }.
# $singles (number): single requests sent
# $bulks (number): bulk requests sent
# $reverified (number): verified before a re-send
# $done (number): answered
# $alerts (number): alerts
# $failed (number): failed
# $retried (number): put back for later
national-drained = أُرسل { $singles } طلبات فردية و{ $bulks } طلبات مجمّعة ({ $reverified } تُحقق منها قبل إعادة الإرسال): { $done } أُجيبت، { $alerts } تنبيهات، { $failed } فاشلة، { $retried } بانتظار محاولة أخرى.
national-col-id = الطلب
national-col-queued = أُدرج
national-col-state = الحالة
national-col-asks = يطلب
national-col-pack = العبوة (GTIN الرقم التسلسلي)
national-col-product = المنتج
national-col-tries = المحاولات
national-col-answer = الرد
# $count (number): alerts on packs supplied
national-follow-up = { $count } تنبيهات على عبوات صُرفت بالفعل: تابع كل واحدة مع من استلمها (custody national queue --shown alerts يذكر عملية الصرف).
# $at (text): a local time
# $location (text): where from
# $reference (text): the reference given at dispense
# $by (text): who dispensed it
national-supplied = صُرفت { $at } من { $location }، المرجع { $reference }، بواسطة { $by }
