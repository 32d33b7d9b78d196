# The words of Custody's reports in Arabic — DRAFT for native review (issue #22). Modern
# Standard Arabic, written by the developers with docs/translations/glossary.ar.md and not yet
# read by a pharmacist whose working language it is: send corrections as changes to this file.
#
# Ids and $arguments are English's; the comment lines stay in English. Plurals use Arabic's
# categories ([zero], [one], [two], [few], [many], *[other]); where a number is printed already
# written ($packs, $items), the sentence is built so the noun needs no agreement ("… : 12").
# Digits are Western; codes, GTINs, lots and serials stay left to right. The PDF writer cannot
# set Arabic: an Arabic PDF is a page in English and French sending the person to the app's
# preview to print, so these words reach paper through the preview and the CSV.

## Every report: the page, the header and footer, signature lines

# The footer of every page.
# $page (number): this page
# $pages (number): pages in all
report-page = صفحة { $page } من { $pages }
# Under the title: when and by whom the report was made.
# $when (text): date and time, "2026-11-22 09:30 (UTC+01:00)"
# $user (text): the person's name and username, "Ada Admin (admin)"
report-generated = أُعدّ في { $when } بواسطة { $user }
# Under the title: what data the report covers.
# $covers (text): what was selected and the ledger's position
report-covers = النطاق: { $covers }
# The small line at the foot of every page.
# $report (text): the report's name on the command line, "recall-notice" (not translated)
# $when (text): date and time it was made
# $user (text): who made it
report-footer = Custody · { $report } · أُعدّ في { $when } بواسطة { $user }
# Under each signature line.
report-sign-name = الاسم
report-sign-signature = التوقيع
report-sign-date = التاريخ
# A table with no rows, or a list with nothing in it.
report-none = لا شيء.
report-yes = نعم
report-no = لا
# The end of every report's "Covers": the last event of the ledger it reads.
# $event (text): the event's number as printed, "1,234"
# $hash (text): the first 16 hex digits of its hash
report-ledger-up-to = السجل حتى الحدث { $event } (البصمة { $hash }…)
report-ledger-empty = سجل فارغ
# A report about every location rather than one.
report-every-location = جميع المواقع
# A pack's status and where it is.
# $status (text): the status in words, "in stock"
# $location (text): location code
report-status-at = { $status } في { $location }
# Roles that sign several reports.
report-role-pharmacist = الصيدلي المسؤول
report-role-qa = مسؤول الجودة
# CSV headers of their own: the column naming each row's table when a report has several, and
# a label export's two columns.
report-csv-section = الجدول
report-csv-label = الملصق
report-csv-element-string = سلسلة عناصر GS1
# The one page an Arabic PDF prints (in English and in French: the PDF writer cannot join Arabic
# letters); the report is printed from its preview in the app, where Arabic is shaped.
report-pdf-unavailable-title = هذا التقرير غير متاح بعد بصيغة PDF باللغة العربية
# $report (text): the report's name on the command line, "recall-notice" (not translated)
report-pdf-unavailable = التقرير { $report } غير متاح بعد بصيغة PDF باللغة العربية: لا يستطيع هذا الملف وصل الحروف العربية ولا ترتيب الأسطر من اليمين إلى اليسار. اطبعه من معاينته في التطبيق: شاشة التقارير ← المعاينة ← طباعة. ملف CSV المُصدَّر متاح بالعربية.

## Column headers (also the CSV's header row)

col-product = المنتج
col-gtin = GTIN
col-lot = التشغيلة
col-serial = الرقم التسلسلي
col-expiry = انتهاء الصلاحية
col-expires = ينتهي
col-status = الحالة
col-location = الموقع
col-quantity = الكمية
col-qty = الكمية
col-value = القيمة
money-amount = { $amount } { $currency }
money-column = { $title } ({ $currency })
col-note = ملاحظة
col-in-stock = في المخزون
col-quarantined = في الحجر
col-on-hand = المتوفر
col-usable = القابل للاستخدام
col-per-day = في اليوم
col-days = الأيام
col-runs-out = ينفد في
col-point-par = الحد/المستوى
col-order = الطلب
col-national-codes = الرموز الوطنية
col-manufacturer = الشركة المصنّعة
col-scope = النطاق
col-pulled = سُحب
col-done = تم
col-when = التاريخ والوقت
col-what = العملية
col-by = بواسطة
col-where = المكان
col-document = المستند
col-party = الطرف
col-party-or-reason = الطرف أو السبب
col-reason = السبب
col-shipment = الشحنة
col-outcome = المآل
col-event = الحدث
col-lines = الأسطر
col-signed = موقّع
col-hash = البصمة
col-hash-sha256 = البصمة (SHA-256)
col-chained-to = مرتبطة بـ
col-check = التحقق
col-serial-or-lot = الرقم التسلسلي أو التشغيلة
col-ledger-has = حسب السجل
col-expected = المتوقع
col-counted = المعدود
col-difference = الفرق
col-movement = الحركة
col-to = إلى
col-wanted = المطلوب
col-take = يؤخذ
col-short = النقص
col-picked = جُهّز
col-supplier = المورّد
col-unit-price = سعر الوحدة
col-line-total = إجمالي السطر

## Words for what the ledger stores as codes

status-in-stock = في المخزون
status-quarantined = في الحجر
status-dispensed = مصروفة
status-transferred-out = منقولة خارج الموقع
status-returned-to-supplier = مُرجعة إلى المورّد
status-destroyed = مُتلفة
status-missing = مفقودة
outcome-returned-to-supplier = أُرجعت إلى المورّد
outcome-destroyed = أُتلفت
outcome-notified = تم الإبلاغ
outcome-not-found = لم يُعثر عليها
meaning-approved = اعتماد
meaning-performed = تنفيذ
meaning-reviewed = مراجعة
event-receive = استلام
event-transfer = نقل
event-dispense = صرف
event-return = إرجاع إلى المخزون
event-quarantine = حجر
event-release = إفراج
event-destroy = إتلاف
event-return-to-supplier = إرجاع إلى المورّد
event-count-adjust = تسوية جرد
event-mark-suspect = تعليم كمشتبه به
event-recall-close = إغلاق سحب
event-user-enrolled = تسجيل مستخدم
event-user-added = إضافة مستخدم
event-user-role-changed = تغيير دور
event-user-disabled = تعطيل مستخدم
event-user-enabled = إعادة تفعيل مستخدم
event-clock-corrected = تصحيح الساعة
event-verify-checkpoint = نقطة تحقق
class-i = الفئة I
class-ii = الفئة II
class-iii = الفئة III
class-withdrawal = سحب من السوق

## Recall notice

# $number (text): recall number, "RCL-2026-0091"
recall-notice-title = إشعار سحب { $number }
# $number (text): recall number
# $when (text): when it was entered, date and time
recall-notice-covers = السحب { $number } كما سُجّل في { $when }
recall-banner-urgent = عاجل: سحب دواء
recall-banner = سحب دواء
recall-banner-withdrawal = سحب من السوق
recall-fact-number = رقم السحب
recall-fact-class = الفئة
recall-fact-issued-on = تاريخ الإصدار
recall-fact-issued-by = الجهة المُصدِرة
recall-fact-product = المنتج
recall-fact-reason = السبب
recall-fact-entered = التسجيل
# $when (text): date and time
# $user (text): username
recall-entered = في { $when } بواسطة { $user }
# $class (text): the class, "Class I"
# $meaning (text): what the class means
recall-class-explained = { $class }: { $meaning }.
recall-class-meaning-i = احتمال معقول أن يسبب الاستخدام ضررًا جسيمًا أو الوفاة
recall-class-meaning-ii = قد يسبب الاستخدام ضررًا مؤقتًا أو قابلًا للعلاج طبيًا
recall-class-meaning-iii = من غير المرجح أن يسبب الاستخدام ضررًا
recall-class-meaning-withdrawal = مشكلة بسيطة؛ يُسحب المنتج من السوق
recall-what-to-do = ما يجب فعله
recall-what-to-do-default = أوقف صرف المنتج المعني فورًا. اسحب كل عبوة معنية مدرجة أدناه، وضع علامة عليها، وانقلها إلى الحجر. تابع كل عبوة غادرت الصيدلية.
recall-products-table = المنتجات المسحوبة
recall-products-empty = لا نطاق.
recall-product-unknown = (غير موجود في قائمة المنتجات)
recall-scope-every-lot = جميع التشغيلات
# $lots (text): the lots, "L1, L2"
recall-scope-lots = التشغيلات { $lots }
# $serials (number): serials named in the recall
recall-scope-serials = { $serials ->
    [zero] لا أرقام تسلسلية مدرجة أدناه
    [one] رقم تسلسلي واحد مدرج أدناه
    [two] رقمان تسلسليان مدرجان أدناه
    [few] { $serials } أرقام تسلسلية مدرجة أدناه
    [many] { $serials } رقمًا تسلسليًا مدرجًا أدناه
   *[other] { $serials } رقم تسلسلي مدرج أدناه
}
recall-summary = الملخص
recall-sum-affected = العبوات المعنية
recall-sum-to-pull = للسحب من الرفوف (موجودة هنا، دون مآل بعد)
recall-sum-not-quarantined = منها لم توضع في الحجر بعد
recall-sum-dispensed = مصروفة أو مُسلّمة
recall-sum-transferred = مرسلة إلى موقع آخر
recall-sum-returned = مُرجعة إلى المورّد
recall-sum-destroyed = مُتلفة
recall-sum-missing = مسجلة مفقودة
recall-sum-lot-to-pull = كمية التشغيلة المطلوب سحبها
recall-sum-lot-issued = كمية التشغيلة المُسلّمة، للمتابعة
recall-sum-expected = لا تزال متوقعة في شحنات مفتوحة
recall-sum-not-received = أرقام تسلسلية ضمن النطاق لم تُستلم قط
recall-sum-open = عناصر لا تزال تحتاج إلى مآل
recall-to-pull-heading = العبوات المعنية المطلوب سحبها، حسب الموقع
recall-nothing-to-pull = لم تبقَ أي عبوة معنية للسحب في هذا الموقع: لكل عبوة موجودة هنا مآل مسجل.
# $location (text): location code
# $count (number): packs to pull there
# $packs (text): the same, as printed
recall-to-pull-table = { $location }: عدد العبوات المطلوب سحبها { $packs }
recall-lots-held-table = كميات التشغيلات الموجودة
recall-departed-heading = المصروفة والمرسلة: المتابعة
recall-departed-table = العبوات التي غادرت الصيدلية
recall-departed-empty = لا توجد عبوة معنية غادرت الصيدلية وما زالت تحتاج إلى متابعة.
# $count (number): packs whose outcome is recorded
# $packs (text): the same, as printed
recall-departed-done = عدد العبوات المعنية التي سُجّل مآلها (أُرجعت، أُتلفت، تمت متابعتها): { $packs }؛ تسردها المطابقة.
recall-lots-issued-table = كميات التشغيلات المُسلّمة
# $count (number): lot quantity whose outcome is recorded
# $quantity (text): the same, as printed
recall-lots-issued-done = كمية من مخزون التشغيلات المُسلّم سُجّل مآلها (تمت متابعتها): { $quantity }؛ تسردها المطابقة.
recall-expected-table = لا تزال متوقعة في شحنات مفتوحة: ترفض أو توضع في الحجر عند الوصول
recall-sign-pulled = سحب المخزون وتحقق منه

## Recall reconciliation

# $number (text): recall number
recall-closure-title = مطابقة السحب { $number }
# $number (text): recall number
recall-closure-covers = السحب { $number } وأحداث السجل الخاصة به ومتابعته
recall-closure-fact-state = الوضع
# $when (text): date and time
# $user (text): username
recall-closure-closed = أُغلق في { $when } بواسطة { $user }
# $when (text): date and time
# $user (text): username
# $meaning (text): what the signature means, "approved"
recall-closure-closed-signed = أُغلق في { $when } بواسطة { $user }، موقّع ({ $meaning })
# $count (number): items still needing an outcome
# $items (text): the same, as printed
recall-closure-open = مفتوح: عدد العناصر التي لا تزال تحتاج إلى مآل { $items }
recall-closure-ready = مفتوح: لكل عنصر مآل؛ جاهز للإغلاق
recall-closure-outcome-open = مفتوح
recall-closure-outcome-resolved = مُسوّى
recall-closure-packs-table = العبوات المعنية ومآلها
recall-closure-packs-empty = لا توجد عبوة معنية.
recall-closure-lots-table = كميات التشغيلات المعنية ومآلها
recall-closure-events-table = أحداث السجل الخاصة بهذا السحب
recall-closure-events-empty = لا يشير أي حدث في السجل إلى هذا السحب.
recall-closure-notes-table = المتابعة المسجلة (دون حركة مخزون)
# $lot (text): lot code
recall-closure-note-lot = التشغيلة { $lot }

## Stock on hand

stock-title = المخزون المتوفر
# $location (text): location code and name, "MAIN (Main store)"
# $date (text): ISO date
stock-covers-location = المخزون في { $location } بتاريخ { $date }
# $date (text): ISO date
stock-covers-all = المخزون في جميع المواقع بتاريخ { $date }
stock-fact-in-stock = في المخزون
stock-fact-expired = منها منتهي الصلاحية (للسحب)
stock-fact-quarantine = في الحجر
stock-note-expired = منتهي الصلاحية
stock-table-empty = لا مخزون.
stock-table-none = المخزون
stock-none-held = لا يوجد مخزون.

## Expiry report

expiry-title = تقرير انتهاء الصلاحية
# $location (text): location code and name, or "every location"
# $windows (text): the alert windows in days, "30/90/180"
# $date (text): ISO date
expiry-covers = المخزون في { $location }، منتهي الصلاحية أو تنتهي صلاحيته خلال { $windows } يومًا من { $date }
expiry-fact-expired = منتهي الصلاحية ولا يزال في المخزون
expiry-fact-value-expired = قيمة منتهي الصلاحية
# $days (number): the widest alert window
expiry-fact-expiring = { $days ->
    [zero] تنتهي صلاحيته اليوم
    [one] تنتهي صلاحيته خلال يوم واحد
    [two] تنتهي صلاحيته خلال يومين
    [few] تنتهي صلاحيته خلال { $days } أيام
    [many] تنتهي صلاحيته خلال { $days } يومًا
   *[other] تنتهي صلاحيته خلال { $days } يوم
}
expiry-fact-value-expiring = قيمة ما تنتهي صلاحيته
expiry-explained = يجب سحب المخزون منتهي الصلاحية من الرفوف ووضعه في الحجر لإتلافه أو إرجاعه. القيم بسعر العقد لكل عبوة.
expiry-table = المخزون منتهي الصلاحية وقريب الانتهاء
# $days (number): the widest alert window
expiry-table-empty = { $days ->
    [zero] لا شيء منتهي الصلاحية أو تنتهي صلاحيته اليوم.
    [one] لا شيء منتهي الصلاحية أو تنتهي صلاحيته خلال يوم واحد.
    [two] لا شيء منتهي الصلاحية أو تنتهي صلاحيته خلال يومين.
    [few] لا شيء منتهي الصلاحية أو تنتهي صلاحيته خلال { $days } أيام.
    [many] لا شيء منتهي الصلاحية أو تنتهي صلاحيته خلال { $days } يومًا.
   *[other] لا شيء منتهي الصلاحية أو تنتهي صلاحيته خلال { $days } يوم.
}
# $days (number): days since it expired
expiry-days-ago = { $days ->
    [zero] اليوم
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $days } أيام
    [many] منذ { $days } يومًا
   *[other] منذ { $days } يوم
}
# $days (number): days until it expires
expiry-days-left = { $days ->
    [zero] اليوم
    [one] خلال يوم واحد
    [two] خلال يومين
    [few] خلال { $days } أيام
    [many] خلال { $days } يومًا
   *[other] خلال { $days } يوم
}

## Shortages

shortages-title = النقص والطلب المقترح
# $location (text): location code and name, or every location with a reorder rule
# $date (text): ISO date
shortages-covers = قواعد إعادة الطلب في { $location }، الاستهلاك حتى { $date }
shortages-every-location = جميع المواقع التي لها قاعدة إعادة طلب
shortages-fact-count = حالات النقص
shortages-fact-to-order = العبوات المطلوب طلبها (حتى المستوى الأعلى)
shortages-fact-window = فترة الاستهلاك
# $days (number): days in the window
# $first (text): ISO date
# $last (text): ISO date
shortages-window = { $days ->
    [zero] لا أيام (من { $first } إلى { $last })
    [one] يوم واحد (من { $first } إلى { $last })
    [two] يومان (من { $first } إلى { $last })
    [few] { $days } أيام (من { $first } إلى { $last })
    [many] { $days } يومًا (من { $first } إلى { $last })
   *[other] { $days } يوم (من { $first } إلى { $last })
}
shortages-explained = النقص هو أن يكون المخزون القابل للاستخدام (المخزون المتوفر الذي سيُستخدم قبل انتهاء صلاحيته) دون حد إعادة الطلب، أو أن ينفد خلال مهلة التوريد. يرفع الطلب المقترح المخزون القابل للاستخدام إلى المستوى الأعلى. الأكثر إلحاحًا أولًا.
shortages-table = النقص والطلب المقترح
shortages-table-empty = لا نقص.
shortages-sign-prepared = أعدّه (مدير المخزون)
shortages-sign-ordered = طلبه (المشتريات)

## Count variance

# $count (text): the count's number, "COUNT-3"
count-title = فروق الجرد { $count }
# $count (text): the count's number, "COUNT-3"
# $location (text): location code
count-covers = الجرد { $count } في { $location }
count-fact-location = الموقع
count-fact-status = الحالة
count-fact-started = البدء
count-fact-started-by = بدأه
count-fact-blind = جرد أعمى
count-fact-found = العبوات الموجودة كما هو متوقع
count-fact-wrong-status = حالة خاطئة
count-fact-never-received = لم تُستلم قط
count-fact-lot-differences = تشغيلات بها فرق
count-fact-result = النتيجة
count-status-open = مفتوح
count-status-finished = منتهٍ
count-status-applied = مُطبّق
count-status-abandoned = ملغى
count-result-clean = الجرد يطابق السجل
count-result-differences = فروق يجب حلها
count-missing-table = مفقودة
count-missing-empty = لا توجد عبوة مفقودة.
count-unexpected-table = وُجدت هنا، مسجلة في مكان آخر
count-wrong-status-table = حالة خاطئة (مشتبه بها، أو عُثر عليها مجددًا)
count-not-received-table = لم تُستلم هنا قط (مشتبه بها: توضع في الحجر عند التطبيق)
count-left-table = غادرت أثناء الجرد (مبررة)
count-never-received = لم تُستلم قط
count-lots-table = المخزون حسب التشغيلة
count-lots-empty = لم يُعدّ أي مخزون يُتتبع بالتشغيلة.
count-sign-counted = عدّه
count-sign-reviewed = راجعه (مدير المخزون)

## Chain-of-custody certificate

# $gtin (text): GTIN-14
# $serial (text): serial
custody-title = شهادة سلسلة الحيازة { $gtin } / { $serial }
# $gtin (text): GTIN-14
# $serial (text): serial
custody-covers = جميع أحداث السجل للرقم GTIN { $gtin } والرقم التسلسلي { $serial }
# Beside the DataMatrix.
# $gtin (text): GTIN-14
# $serial (text): serial
custody-code-line = GTIN { $gtin }  الرقم التسلسلي { $serial }
custody-fact-generic = الاسم العلمي
custody-fact-now = الآن
custody-fact-flags = التنبيهات
custody-fact-events = الأحداث
custody-flag-expired = منتهية الصلاحية
custody-flag-expiring = قريبة انتهاء الصلاحية
custody-flag-quarantined = في الحجر
custody-flag-suspect = مشتبه بها
custody-heading = سلسلة الحيازة
custody-new = جديدة
# $event (text): what the event was, "receive"
# $meaning (text): what the signature means, "approved"
custody-event-signed = { $event } (موقّع، { $meaning })
custody-no-event = لا أحداث.
custody-proof-heading = الإثبات
# $result (text): what the check found
custody-proof = كل حدث في السجل مرتبط بسلسلة بصمات: بصمته SHA-256 تشمل محتواه وبصمة الحدث السابق له في هذا الموقع، فلا يمكن تغيير أي حدث أو حذفه أو إدراجه دون كسر السلسلة. تم التحقق من كل حدث أعلاه عند إصدار هذه الشهادة: أُعيد حساب بصمته مما هو مخزّن، وتُحقق من ارتباطه بالحدث السابق. النتيجة: { $result }.
custody-proof-intact = جميع الأحداث سليمة
# $events (text): the event numbers, "12, 14"
custody-proof-broken = الأحداث { $events } لا تطابق بصماتها؛ لا تعتمد على هذا السجل
custody-hashes-table = بصمات السجل
custody-check-intact = سليم
custody-check-broken = مكسور
custody-sign-certified = صادق عليه (مسؤول الجودة)
custody-warning = تحذير: السجل لا يثبت هذا التاريخ.

## Quarantine labels

# $count (number): labels
labels-title = ملصقات الحجر ({ $count })
# $location (text): location code and name, or "every location"
labels-covers = العبوات في الحجر في { $location }
labels-none = لا توجد عبوة في الحجر.
labels-quarantine = حجر — لا تستخدم
# $lot (text): lot code
# $expiry (text): ISO date
# $serial (text): serial
labels-pack = التشغيلة { $lot }  الصلاحية { $expiry }  الرقم التسلسلي { $serial }
# $location (text): location code
# $reason (text): why it is held, as recorded
labels-held-at = محجوزة في { $location }: { $reason }

## Audit extract

audit-title = مستخرج التدقيق
# $from (text): ISO date
# $to (text): ISO date
audit-covers-range = الأحداث من { $from } إلى { $to }
# $from (text): ISO date
audit-covers-from = الأحداث منذ { $from }
# $to (text): ISO date
audit-covers-to = الأحداث حتى { $to }
audit-covers-all = جميع الأحداث
# $user (text): username
audit-covers-user = بواسطة { $user }
# $location (text): location code and name
audit-covers-location = في { $location }
audit-fact-events = الأحداث
audit-table = أحداث السجل
audit-table-empty = لا يوجد حدث مطابق.

## Pick list

# $list (text): the pick list's reference, "PICK-3"
pick-list-title = قائمة التجهيز { $list }
# $when (text): date and time
pick-list-covers = النقص في الأجنحة والعيادات حتى { $when }
pick-list-fact-list = قائمة التجهيز
pick-list-fact-made = أُنشئت
pick-list-fact-made-by = أنشأها
pick-list-fact-short = النقص في الموقع المورِّد
# $list (text): the pick list's reference
pick-list-explained = خذ العبوات المدرجة، الأقرب انتهاءً للصلاحية أولًا، وامسح كل واحدة منها في شاشة قائمة التجهيز: يسجل المسح النقل إلى الجناح تحت المرجع { $list }. يجوز أخذ تشغيلة أخرى من المنتج نفسه إن لم تكن منتهية الصلاحية؛ ولا تؤخذ أبدًا عبوة منتهية الصلاحية أو في الحجر أو مسحوبة.
# $location (text): location code
# $name (text): location name
pick-list-from = من { $location } ({ $name })
pick-list-none-usable = لا يوجد ما يصلح هنا
pick-list-table-empty = لا شيء للتجهيز.
pick-list-nothing = لا يوجد جناح أو عيادة دون حد إعادة الطلب.
pick-list-unsupplied-heading = خارج هذه القائمة: لا موقع مورِّد
pick-list-unsupplied-table = أجنحة بلا موقع مورِّد
pick-list-sign-picked = جهّزه
pick-list-sign-checked = تحقق منه (الصيدلي)

## Supplier orders

orders-title = طلبات المورّدين
# $when (text): date and time
orders-covers = النقص في الصيدليات والمخازن في { $when }
orders-fact-suppliers = المورّدون
orders-fact-total = الإجمالي بأسعار العقود
orders-explained = النقص في الصيدليات والمخازن، كلٌّ حتى مستواه الأعلى، مجمّعًا حسب المورّد المعتاد للمنتج. الأسطر التي ليس لها سعر عقد لا تدخل في الإجماليات.
orders-nothing = لا توجد صيدلية أو مخزن دون حد إعادة الطلب.
orders-no-supplier = لا مورّد معتاد — اختر واحدًا
orders-supplier-none = لا يوجد
orders-total = الإجمالي
# $unpriced (number): lines without a contract price
orders-total-unpriced = الإجمالي (أسطر بلا سعر: { $unpriced })
orders-sign-prepared = أعدّه
orders-sign-approved = اعتمده (المشتريات)

## Insights: the column headers of their tables

col-month = الشهر
col-name = الاسم
col-units = الوحدات
col-unpriced = بلا سعر
col-expired = منتهية الصلاحية
col-recalled = مسحوبة
col-damaged = تالفة
col-predicted = متوقعة
col-surprise = غير متوقعة
col-day = اليوم
col-disposition = طريقة الخروج
col-cause = السبب
col-priced-by = مصدر السعر
col-missing = مفقودة
col-found-elsewhere = وُجدت في موقع آخر
col-found-again = وُجدت مجددًا
col-wrong-status = حالة خاطئة
col-lot-short = نقص في التشغيلة
col-lot-surplus = زيادة في التشغيلة
col-value-lost = القيمة المفقودة
col-counts = عمليات الجرد
col-counts-with-variance = بفروق
col-keeps-disagreeing = فروق متكررة
col-count-ref = الجرد
col-variance = الفرق
col-stays = فترات البقاء
col-median-days = الأيام (الوسيط)
col-p90-days = الأيام (المئين 90)
col-since = منذ
col-weeks = الأسابيع
col-week = الأسبوع
col-week-starts = بدايته
col-used = المستهلك
col-used-last-year = العام السابق
col-reorder-point = حد إعادة الطلب
col-par-level = المستوى الأعلى
col-stockout-days = أيام النفاد
col-overstock-days = أيام الفائض
col-verdict = القاعدة
col-deliveries = التوريدات
col-packs = العبوات
col-short-dated = صلاحية قصيرة
col-lot-or-expiry-differs = اختلاف التشغيلة أو الصلاحية
col-unexpected = غير متوقعة
col-suspect = مشتبه بها
col-duplicate-serials = أرقام تسلسلية مكررة
col-over-contract = فوق سعر العقد
col-excess = الزيادة عن العقد
col-recalls = عمليات السحب
col-unit-cost = تكلفة الوحدة
col-contract-price = سعر العقد
col-finding = الملاحظة
col-received = تاريخ الاستلام
col-manufactured = تاريخ التصنيع

## Insights: what every insight's report shares

# A title with the filters after it.
# $title (text): the insight's title, "Waste from 2026-01-01 to 2026-12-31"
# $filters (text): the filters in words, "at WARD-3A (Ward 3A); supplier MediDist (MEDIDIST)"
insight-title-filtered = { $title } — { $filters }
# $location (text): location code and name, "WARD-3A (Ward 3A)"
insight-filter-location = في { $location }
# $product (text): product name
# $gtin (text): its GTIN
insight-filter-product = { $product } ({ $gtin })
# $supplier (text): supplier name
# $code (text): supplier code
insight-filter-supplier = المورّد { $supplier } ({ $code })
insight-scope-all = كل المواقع والمنتجات والمورّدين
# $from (text): first day, "2026-01-01"
# $to (text): last day
# $scope (text): the filters in words, or every location, product and supplier
insight-covers = الأيام المحلية من { $from } إلى { $to }، { $scope }
# $percent (text): a whole percentage, "5"
insight-percent = { $percent }٪
insight-total = الإجمالي
insight-no-supplier = بلا مورّد

## Insights: waste

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-waste-title = الهدر من { $from } إلى { $to }
insight-waste-fact-units = الوحدات المفقودة
insight-waste-fact-value = قيمتها
insight-waste-fact-unpriced = وحدات بلا سعر (خارج القيمة)
insight-waste-fact-expired = منتهية الصلاحية
insight-waste-fact-predicted = منتهية الصلاحية، متوقعة
insight-waste-fact-surprise = منتهية الصلاحية، غير متوقعة
insight-waste-fact-recalled = مسحوبة
insight-waste-fact-damaged = تالفة
insight-waste-explained = مخزون أُتلف أو أُرجع إلى المورّد. السبب مأخوذ من السجل: مسحوبة إذا كانت تشغيلتها خاضعة لسحب، وإلا منتهية الصلاحية إذا انقضت صلاحيتها يوم خروجها، وإلا تالفة. وتكون الوحدة المنتهية الصلاحية متوقعة إذا كانت على قائمة ما سينتهي دون استعمال قبل انتهاء صلاحيتها بثلاثين يومًا. القيم هي تكلفة الوحدة عند الاستلام، وإلا سعر العقد.
insight-waste-by-month = الهدر حسب الشهر
insight-waste-by-product = الهدر حسب المنتج
insight-waste-by-location = الهدر حسب الموقع
insight-waste-by-supplier = الهدر حسب المورّد
insight-waste-lines = كل وحدة مفقودة
insight-waste-none = لم يُفقد شيء.
insight-cause-expired = منتهية الصلاحية
insight-cause-recalled = مسحوبة
insight-cause-damaged = تالفة
insight-disposition-destroyed = مُتلفة
insight-disposition-returned = مُرجعة إلى المورّد
insight-priced-receipt = الاستلام
insight-priced-contract = العقد
insight-priced-none = بلا سعر

## Insights: shrinkage

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-shrinkage-title = العجز من { $from } إلى { $to }
insight-shrinkage-fact-missing = مفقودة
insight-shrinkage-fact-found-elsewhere = وُجدت في موقع آخر
insight-shrinkage-fact-found-again = وُجدت مجددًا
insight-shrinkage-fact-wrong-status = وُجدت في حالة خاطئة
insight-shrinkage-fact-lot-short = وحدات ناقصة من التشغيلات
insight-shrinkage-fact-lot-surplus = وحدات زائدة في التشغيلات
insight-shrinkage-fact-value = القيمة المفقودة
insight-shrinkage-fact-disagreeing = مواقع تتكرر فروق جردها
insight-shrinkage-explained = ما وجدته عمليات الجرد ولم يتوقعه السجل. العبوة التي توجد حيث لم يسجلها السجل تُحسب على الموقع الذي كانت فيه حسب السجل. ويُعد الموقع متكرر الفروق إذا جُرد مرتين أو أكثر ووجد نصف عمليات الجرد أو أكثر فرقًا.
insight-shrinkage-by-location = العجز حسب الموقع
insight-shrinkage-by-month = العجز حسب الشهر
insight-shrinkage-lines = كل فرق
insight-shrinkage-none = لا توجد فروق.
insight-shrinkage-no-count = لم يُطبَّق أي جرد.
insight-variance-missing = مفقودة
insight-variance-found-elsewhere = وُجدت في موقع آخر
insight-variance-found-again = وُجدت مجددًا
insight-variance-wrong-status = حالة خاطئة
insight-variance-lot-short = نقص في التشغيلة
insight-variance-lot-surplus = زيادة في التشغيلة

## Insights: dwell time

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-dwell-title = مدة البقاء من { $from } إلى { $to }
insight-dwell-fact-stays = فترات بقاء منتهية
insight-dwell-fact-locations = المواقع
insight-dwell-fact-threshold = في الانتظار أكثر من (أيام)
insight-dwell-fact-waiting = وحدات تنتظر منذ مدة أطول
insight-dwell-explained = كم بقيت العبوات في موقع ما، من وصولها إلى مغادرتها، لفترات البقاء التي انتهت خلال الفترة (تُحسب كمية التشغيلة مرة لكل وحدة)؛ الوسيط والمئين 90 بالأيام. ثم المخزون الموجود في موقع منذ مدة تتجاوز الحد.
insight-dwell-locations = فترات البقاء حسب الموقع
insight-dwell-distribution = فترات البقاء حسب الموقع والمدة (أيام)
insight-dwell-products = فترات البقاء حسب الموقع والمنتج: في كل موقع، المنتجات ذات فترات البقاء الأطول
# $days (text): the threshold in days, "90"
insight-dwell-waiting = في الانتظار منذ أكثر من { $days } يومًا
insight-dwell-none = لم تنتهِ أي فترة بقاء.
insight-dwell-none-waiting = لا شيء ينتظر منذ هذه المدة.
# $days (text): a bucket's bound in days, "7"
insight-dwell-under = أقل من { $days }
# $days (text): the last bound in days, "365"
insight-dwell-over = { $days } فأكثر

## Insights: consumption trends

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-trends-title = اتجاهات الاستهلاك من { $from } إلى { $to }
insight-trends-fact-rows = المنتجات والمواقع
insight-trends-fact-used = الوحدات المستهلكة
insight-trends-fact-too-low = قواعد منخفضة جدًا
insight-trends-fact-too-high = قواعد مرتفعة جدًا
insight-trends-explained = الاستهلاك الأسبوعي لكل منتج وموقع (ما صُرف) مقارنةً بالأسبوع نفسه من العام السابق وبقاعدة إعادة الطلب السارية حينها: منخفضة جدًا إذا وقعت أيام نفاد وحد إعادة الطلب أقل من الاستهلاك خلال مدة التوريد، ومرتفعة جدًا إذا تجاوز المخزون المستوى الأعلى في أكثر من نصف الأيام.
insight-trends-rows = الاستهلاك حسب المنتج والموقع
insight-trends-weeks = الاستهلاك حسب الأسبوع
insight-trends-none = لم يُستهلك شيء.
insight-verdict-too-low = منخفضة جدًا
insight-verdict-too-high = مرتفعة جدًا
insight-verdict-fits = مناسبة
insight-verdict-no-rule = بلا قاعدة

## Insights: supplier quality

# $from (text): first day, "2026-01-01"
# $to (text): last day
insight-suppliers-title = جودة المورّدين من { $from } إلى { $to }
insight-suppliers-fact-suppliers = المورّدون
insight-suppliers-fact-packs = الوحدات المستلمة
insight-suppliers-fact-over-contract = استلامات فوق سعر العقد
insight-suppliers-fact-excess = المدفوع فوق سعر العقد
insight-suppliers-fact-affected = العبوات المتأثرة
insight-suppliers-fact-tolerance = هامش السعر المسموح
insight-suppliers-fact-short-dated-days = صلاحية قصيرة دون (أيام متبقية)
insight-suppliers-explained = ما أرسله كل مورّد وكل مصنّع وما كان فيه من خلل: صلاحية قصيرة عند الوصول، أو تشغيلة أو صلاحية تخالف إشعار الشحن، أو عبوات غير متوقعة أو ناقصة، أو أرقام تسلسلية مشتبه بها أو مكررة، أو أسعار فوق العقد بما يتجاوز الهامش المسموح، أو عمليات سحب تطال تشغيلاتهم.
insight-suppliers-table = المورّدون
insight-manufacturers-table = الشركات المصنّعة
insight-suppliers-none = لم يُستلم شيء.
insight-over-contract-table = استلامات فوق سعر العقد
insight-over-contract-none = لا يوجد استلام فوق سعر العقد.
insight-affected-table = العبوات المتأثرة
insight-affected-none = لا توجد عبوة متأثرة.
insight-finding-short-dated = صلاحية قصيرة
insight-finding-lot-or-expiry = اختلاف التشغيلة أو الصلاحية
insight-finding-unexpected = غير متوقعة
insight-finding-suspect = مشتبه بها
insight-finding-duplicate-serial = رقم تسلسلي مكرر
insight-finding-over-contract = فوق سعر العقد
insight-finding-recalled = مسحوبة

## Supplier scorecard

# $code (text): supplier code
# $from (text): first day, "2026-01-01"
# $to (text): last day
scorecard-title = بطاقة تقييم المورّد: { $code }، من { $from } إلى { $to }
# $from (text): first day
# $to (text): last day
# $code (text): supplier code
scorecard-covers = المخزون المستلم من { $code } في الأيام المحلية من { $from } إلى { $to }
scorecard-fact-supplier = المورّد
scorecard-fact-deliveries = التوريدات
scorecard-fact-packs = الوحدات المستلمة
scorecard-fact-short-dated = صلاحية قصيرة عند الوصول
scorecard-fact-lot-or-expiry = تشغيلة أو صلاحية تخالف الإشعار
scorecard-fact-unexpected = وحدات غير متوقعة
scorecard-fact-missing = في الإشعار ولم تُستلم
scorecard-fact-suspect = وحدات مشتبه بها
scorecard-fact-duplicate-serials = أرقام تسلسلية مكررة
scorecard-fact-over-contract = أسطر استلام فوق سعر العقد
scorecard-fact-excess = المدفوع فوق سعر العقد
scorecard-fact-recalls = عمليات سحب تطال تشغيلاته
scorecard-explained = سجل هذا المورّد خلال الفترة لمراجعة جودته: كل استلام فُوتر فوق سعر العقد مع المبلغ، وكل عبوة متأثرة مع الشركة المصنّعة وتشغيلتها وتاريخ تصنيعها، لتتبعها حتى مصدرها.
