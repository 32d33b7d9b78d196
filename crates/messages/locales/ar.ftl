# Custody's refusals in Arabic — DRAFT for native review (issue #22). Modern Standard Arabic,
# written by the developers with docs/translations/glossary.ar.md and not yet read by a
# pharmacist whose working language it is: send corrections as changes to this file.
#
# Message ids, $arguments and selector keys (roles such as [qa], operations, statuses, yes/no)
# are not translated: they are the same as in en.ftl, where each message is explained. The
# comment lines above each message document its arguments and stay in English. Plurals use
# Arabic categories: [zero], [one] (the noun with واحد), [two] (the dual), [few] (3–10, plural),
# [many] (11–99, singular accusative), *[other] (100 and up, singular genitive). Where English
# says a number without a selector (a limit, a count of attempts), the sentence is built so
# that the noun needs no agreement ("عدد الأحرف … { $min }").
#
# Digits are Western (0-9), as hospital labels print them. Codes, commands (custody user
# passwd …), GTINs, serials, lots and location codes stay as they are, left to right. Screens
# are named as the app names them: الإعدادات، المستخدمون، المسح، الجرد، عمليات السحب، المخزون،
# التقارير، إعادة التزويد، انتهاء الصلاحية، النقص، الرئيسية.

## auth: signing in, signatures, passwords, who may do what

# Wrong username or wrong password: one sentence for both, so names cannot be probed.
auth-sign_in_failed = اسم المستخدم أو كلمة المرور غير صحيحة.

# $user (text): the username
# $attempts (number): wrong passwords in a row that lock an account
# $minutes (number): minutes until the lock ends
auth-locked = قُفل الحساب { $user } بعد أن بلغ عدد المحاولات الخاطئة لإدخال كلمة المرور { $attempts }: حاول مجددًا بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، أو اطلب من المسؤول إلغاء القفل بتعيين كلمة مرور جديدة.

# $user (text): the username
auth-disabled = الحساب { $user } معطَّل ولا يمكنه القيام بأي إجراء: اطلب من المسؤول إعادة تفعيله.

# $user (text): the username
auth-no_password = ليست للمستخدم { $user } كلمة مرور بعد: يعيّنها المسؤول في الإعدادات، المستخدمون (أو بالأمر custody user passwd { $user }).

# $field (text): the password field
auth-signature_refused = كلمة المرور غير مطابقة، لذلك لم يُوقَّع أي شيء: اكتب كلمة مرورك أنت مرة أخرى.

# $field (text): the password field
# $min (number): the shortest password allowed, in characters
auth-password_too_short = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }.

# $field (text): the password field
# $detail (text): what the hashing library said
auth-password_unhashable = تعذّر حفظ كلمة المرور هذه بشكل آمن ({ $detail }): اختر كلمة مرور أخرى.

# $field (text): the user field
auth-disable_self = لا يمكنك تعطيل حسابك أنت: اطلب ذلك من مسؤول آخر.

# $field (text): the user field
# $user (text): the username
auth-last_admin = المستخدم { $user } هو آخر مسؤول نشط ولا يمكن تعطيله: فعّل مسؤولًا آخر أو أضفه أولًا.

# $user (text): the username
# $role (text): the user's role code (staff, manager, qa, admin)
# $operation (text): the operation's code (see permissions.rs)
auth-forbidden = المستخدم { $user } { $role ->
        [staff] من موظفي الصيدلية
        [manager] مدير مخزون
        [qa] مسؤول جودة
        [admin] مسؤول
       *[other] دوره { $role }
    }، ولا يحق له { $operation ->
        [view_stock] عرض المخزون
        [manage_master_data] تغيير المنتجات أو المواقع أو المورّدين
        [manage_users] إدارة المستخدمين
        [receive] استلام المخزون
        [dispense] صرف المخزون
        [transfer] نقل المخزون
        [return] تسجيل المرتجعات إلى المخزون
        [quarantine] وضع المخزون في الحجر
        [release] الإفراج عن المخزون من الحجر
        [destroy] إتلاف المخزون
        [return_to_supplier] إرجاع المخزون إلى مورّد
        [count] جرد المخزون
        [apply_count] تطبيق تعديلات الجرد
        [override] تجاوز مسح محظور
        [manage_recalls] إدارة عمليات السحب
        [verify] التحقق من السجل
        [load_demo] تحميل بيانات العرض التوضيحي
        [sync] إرسال السجل إلى الخادم المركزي
        [enrol_site] تسجيل هذا الموقع لدى الخادم المركزي
        [write_off] الإبلاغ عن سرقة عبوة أو أخذها كعينة
       *[other] القيام بذلك
    }: اطلب ذلك من شخص يسمح دوره بذلك.

# $user (text): the username given
auth-user_unknown = لا يوجد مستخدم نشط باسم { $user }: يضيف المسؤول المستخدمين في الإعدادات، المستخدمون (أو بالأمر custody user add).

## master: the site, locations, suppliers, users and products

# $field (text): the form field
master-text_empty = يجب إدخال { $field ->
        [site_code] رمز الموقع (المنشأة)
        [site_name] اسم الموقع (المنشأة)
        [location_code] رمز الموقع
        [location_name] اسم الموقع
        [partner_code] رمز المورّد
        [partner_name] اسم المورّد
        [name] الاسم
        [generic_name] الاسم العلمي
        [form] الشكل الصيدلاني
        [strength] التركيز
        [manufacturer] الشركة المصنّعة
        [storage] شروط التخزين
        [cip] رمز CIP
        [pzn] رقم PZN
        [ndc] رمز NDC
        [username] اسم المستخدم
        [reason] السبب
        [note] الملاحظة
        [title] العنوان
        [number] رقم عملية السحب
        [instructions] التعليمات
        [issuer] الجهة المُصدِرة
        [reference] المرجع
       *[other] قيمة في هذا الحقل
    }.

# $field (text): the form field
# $max (number): the most characters allowed
master-text_too_long = يجب ألا يتجاوز عدد أحرف { $field ->
        [site_code] رمز الموقع (المنشأة)
        [site_name] اسم الموقع (المنشأة)
        [location_code] رمز الموقع
        [location_name] اسم الموقع
        [partner_code] رمز المورّد
        [partner_name] اسم المورّد
        [name] الاسم
        [generic_name] الاسم العلمي
        [form] الشكل الصيدلاني
        [strength] التركيز
        [manufacturer] الشركة المصنّعة
        [storage] شروط التخزين
        [cip] رمز CIP
        [pzn] رقم PZN
        [ndc] رمز NDC
        [username] اسم المستخدم
        [reason] السبب
        [note] الملاحظة
        [title] العنوان
        [number] رقم عملية السحب
        [instructions] التعليمات
        [issuer] الجهة المُصدِرة
        [reference] المرجع
       *[other] هذا الحقل
    } { $max }.

# $field (text): the form field
master-text_control = لا يُسمح في { $field ->
        [site_code] رمز الموقع (المنشأة)
        [site_name] اسم الموقع (المنشأة)
        [location_code] رمز الموقع
        [location_name] اسم الموقع
        [partner_code] رمز المورّد
        [partner_name] اسم المورّد
        [name] الاسم
        [generic_name] الاسم العلمي
        [form] الشكل الصيدلاني
        [strength] التركيز
        [manufacturer] الشركة المصنّعة
        [storage] شروط التخزين
        [cip] رمز CIP
        [pzn] رقم PZN
        [ndc] رمز NDC
        [username] اسم المستخدم
        [reason] السبب
        [note] الملاحظة
        [title] العنوان
        [number] رقم عملية السحب
        [instructions] التعليمات
        [issuer] الجهة المُصدِرة
        [reference] المرجع
       *[other] هذا الحقل
    } بعلامات الجدولة أو فواصل الأسطر أو غيرها من أحرف التحكم.

# $field (text): the form field
# $value (text): what was typed
master-code_characters = لا يمكن استخدام { $value } رمزًا: لا يجوز أن يحتوي الرمز إلا على الحروف والأرقام و'-' و'_' و'.'.

# $field (text): the GLN field
# $value (text): what was typed
master-gln_invalid = القيمة { $value } ليست رقم GLN: يتكوّن رقم GLN من 13 رقمًا مع رقم تحقق صحيح.

# $field (text): the field holding the GTIN
# $value (text): what was given
# $detail (text): what the GS1 decoder found
master-gtin_invalid = القيمة { $value } ليست رقم GTIN: { $detail }.

# $field (text): the PZN field
# $value (text): what was given
master-pzn_invalid = القيمة { $value } ليست رقم PZN: يتكوّن رقم PZN من 8 أرقام مع رقم تحقق صحيح.

# $field (text): the NDC field
# $value (text): what was given
master-ndc_invalid = القيمة { $value } ليست رمز NDC مكتوبًا بشرطات (4-4-2 أو 5-3-2 أو 5-4-1 أو 5-4-2 أو 6-4-2).

# $field (text): the pack size field
master-pack_size_not_positive = يجب أن يكون حجم العبوة أكبر من صفر.

# $field (text): the contract price field
master-price_negative = لا يجوز أن يكون سعر العقد سالبًا.

# $field (text): the contract price field
# $max (number): the highest contract price allowed, in whole currency units
master-price_too_high = سعر العقد أعلى من { $max } للعبوة الواحدة: تحقّق من الرقم (فهو بوحدة العملة، لا بالسنتات).

# $key (text): the site code
master-site_exists = يوجد بالفعل موقع بالرمز { $key }.

# $key (text): the username
master-user_exists = يوجد بالفعل مستخدم باسم { $key }: اختر اسم مستخدم آخر.

# $key (text): the location code
master-location_exists = يوجد بالفعل موقع بالرمز { $key }: اختر رمزًا آخر.

# $key (text): the partner code
master-partner_exists = يوجد بالفعل مورّد أو شريك بالرمز { $key }: اختر رمزًا آخر.

# $key (text): the GTIN
master-product_exists = يوجد بالفعل منتج برقم GTIN { $key }.

master-system_principal_missing = حساب النظام غير موجود في قاعدة البيانات هذه: لم يُنشئها Custody. استعِد نسخة احتياطية أو اطلب الدعم الفني.

# $field (text): the user field, when a form named the user
# $user (text): the username given
master-user_unknown = لا يوجد مستخدم باسم { $user }.

# $setting (text): the key asked for
master-setting_unknown = الإعداد { $setting } ليس من إعدادات الموقع.

master-no_site = قاعدة البيانات هذه غير مُعَدّة بعد: أعِدّ الموقع ومسؤوله الأول أولًا.

master-already_set_up = قاعدة البيانات هذه مُعَدّة بالفعل: سجّل الدخول إليها، أو اختر ملفًا آخر.

master-demo_needs_empty_database = لا تُحمَّل بيانات العرض التوضيحي إلا في قاعدة بيانات جديدة فارغة: اختر ملف قاعدة بيانات آخر.

# $location (text): the location code given
master-location_unknown = لا يوجد موقع بالرمز { $location }.

# $partner (text): the partner code given
master-partner_unknown = لا يوجد مورّد أو شريك بالرمز { $partner }.

# $gtin (text): the GTIN given
master-product_unknown = لا يوجد منتج برقم GTIN { $gtin }: أضفه إلى المنتجات أولًا.

# $field (text): the GTIN field
# $gtin (text): the product's GTIN
# $value (text): the GTIN the change asked for
master-product_gtin_fixed = لا يمكن تغيير رقم GTIN لمنتج: فبه يُعرِّف السجل المنتج { $gtin }. أضف { $value } منتجًا جديدًا بدلًا من ذلك.

# $field (text): the tracking field
# $gtin (text): the product's GTIN
# $tracking (text): the product's tracking mode, serial or lot
master-product_tracking_fixed = سُجّلت عبوات أو تشغيلات من { $gtin }، لذلك يبقى تتبّعه { $tracking ->
        [serial] بالرقم التسلسلي
        [lot] بالتشغيلة
       *[other] حسب { $tracking }
    }.

# $id (number): the product's row id
master-product_id_unknown = لا يوجد منتج بالرقم { $id } في قاعدة البيانات هذه.

# $field (text): the role field
# $user (text): the username
# $role (text): the role asked for (staff, manager, qa)
master-last_admin_role = المستخدم { $user } هو آخر مسؤول نشط، ولا يمكن جعله { $role ->
        [staff] من موظفي الصيدلية
        [manager] مدير مخزون
        [qa] مسؤول جودة
       *[other] { $role }
    }: اجعل شخصًا آخر مسؤولًا أولًا.

## stock: packs and lots on hand

# $gtin (text): the pack's GTIN
# $serial (text): its serial number
stock-pack_unknown = لم تُسجَّل هنا أي عبوة برقم GTIN { $gtin } والرقم التسلسلي { $serial }.

# A pack reported stolen or taken as a sample that is not held here.
# $field (text): the serial field
# $serial (text): the pack's serial number
# $status (text): its status (dispensed, transferred_out, returned_to_supplier, destroyed, missing)
stock-pack_not_held = العبوة { $serial } ليست محفوظة هنا (هي { $status ->
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }): لا يمكن الإبلاغ عن سرقة عبوة أو أخذها كعينة إلا إذا كانت في المخزون أو في الحجر.

# A pack given or taken as a sample that is not usable.
# $field (text): the reason field
# $serial (text): the pack's serial number
# $reason (text): why it is not usable (quarantined, expired, recalled)
stock-sample_not_usable = لا يمكن أن تخرج العبوة { $serial } بوصفها عينة: فهي { $reason ->
        [quarantined] في الحجر
        [expired] منتهية الصلاحية
        [recalled] مسحوبة
       *[other] { $reason }
    }. لا تُعطى عينةً إلا عبوة صالحة للاستعمال؛ أما العبوة المفقودة فيُبلَّغ عن سرقتها.

# $gtin (text): the GTIN
# $lot (text): the lot
stock-lot_unknown = لم تُسجَّل هنا التشغيلة { $lot } من رقم GTIN { $gtin }.

## movement: scanning packs in, out and around

# $field (text): the quantity field
movement-quantity_not_positive = يجب ألا تقل الكمية عن 1.

# $field (text): the password field
movement-override_needs_signature = تجاوز مسح محظور يتطلب توقيعك: أدخل كلمة المرور مرة أخرى.

# $field (text): the reason field
# $movement (text): the movement (quarantine or destroy)
movement-reason_required = اذكر سبب { $movement ->
        [destroy] إتلاف المخزون
       *[quarantine] وضع المخزون في الحجر
    }.

# $field (text): the password field
# $movement (text): the movement (destroy or release)
movement-signature_required = { $movement ->
        [release] الإفراج عن المخزون من الحجر
       *[destroy] إتلاف المخزون
    } يتطلب توقيعك: أدخل كلمة المرور مرة أخرى.

# $field (text): the destination field
movement-transfer_needs_destination = يتطلب النقل موقع وجهة، أو الشريك الذي يُرسَل إليه المخزون.

# $field (text): the destination field
movement-transfer_to_same_location = الوجهة هي الموقع الذي يوجد فيه المخزون أصلًا: اختر موقعًا آخر.

# $field (text): the shipment field
movement-shipment_only_for_receipts = لا يُطابَق مع شحنة متوقعة إلا الاستلام: لا تختر أي شحنة، أو سجّل استلامًا.

# $field (text): the anti-tampering device check field
movement-tamper_only_at_dispense = لا يُفحص جهاز منع العبث إلا عند الصرف: امسح من جديد بدونه، أو اصرف.

# $field (text): the shipment field
# $shipment (number): the shipment's number
movement-shipment_closed = الشحنة المتوقعة رقم { $shipment } مغلقة: استلم دونها، أو اختر شحنة أخرى.

# $field (text): the supplier field
movement-return_needs_supplier = اختر المورّد الذي يُعاد إليه المخزون.

# $field (text): the supplier field
movement-receipt_needs_counterparty = يجب أن يحدد الاستلام مصدر البضاعة: اختر المورّد أو الموقع المُرسِل، أو شحنة متوقعة تذكر مورّدها.

# $detail (text): what the GS1 decoder found
movement-scan_unreadable = تعذّرت قراءة المسح: { $detail }

## shipment: expected shipments (despatch advice)

# $shipment (number): the shipment's number
shipment-unknown = لا توجد شحنة متوقعة برقم { $shipment }.

# $reference (text): the shipment's document number
shipment-closed = الشحنة { $reference } مغلقة بالفعل: لا يمكن استلام أي شيء آخر بموجبها.

# $field (text): the reference field
shipment-file_without_reference = لا يذكر الملف رقم مستند: أدخل رقمًا.

## recall: recalls, their outcomes and closure

# $field (text): the scope field
recall-scope_empty = تتطلب عملية السحب رقم GTIN واحدًا على الأقل، أو رقم GTIN مع تشغيلة، أو رقم GTIN مع رقم تسلسلي.

# $recall (text): the recall number given
recall-unknown = لا توجد عملية سحب بالرقم { $recall }.

# $field (text): the number field
# $recall (text): the recall number
recall-exists = عملية السحب { $recall } موجودة بالفعل: افتحها، أو أعطِ عملية السحب الجديدة رقمًا آخر.

# $field (text): the number field
recall-file_without_number = لا يذكر الملف رقم عملية السحب: أدخل رقمًا.

# $field (text): the reason field
recall-file_without_reason = لا يذكر الملف سبب السحب: أدخل سببًا.

# $field (text): the class field
recall-file_without_class = لا يذكر الملف فئة السحب: اختر I أو II أو III أو سحب احترازي من السوق.

# $field (text): the number or class field
# $notices (number): notices in the file
# $numbers (text): their numbers
recall-several_notices_one_header = يحتوي الملف على إشعارات سحب عددها { $notices } ({ $numbers })، ويُستورد كل منها عملية سحب مستقلة بالرقم والفئة اللذين يذكرهما: احذف الرقم والفئة، أو استورد كل إشعار من ملف خاص به.

# $recall (text): the recall number
recall-closed_cannot_extend = عملية السحب { $recall } مغلقة: أدخل عملية سحب جديدة بدلًا من ذلك.

# $recall (text): the recall number
# $scope (text): the scope lines the hub added, e.g. "GTIN 09506000134352 lot L2"
recall-network_extended_closed = عملية السحب { $recall } مغلقة هنا، لكن الخادم المركزي أضاف إليها منذ ذلك الحين { $scope }، ولا يمكن أن تشمل عملية سحب مغلقة أي شيء آخر: اتصل بمسؤول الجودة في الخادم المركزي ليُدخل هذه البنود عملية سحب شبكية جديدة.

# $recall (text): the recall number
recall-closed = عملية السحب { $recall } مغلقة: لا يمكن تسجيل أي شيء آخر عليها.

# $recall (text): the recall number
recall-closed_already = عملية السحب { $recall } مغلقة بالفعل.

# $recall (text): the recall number a site tried to share with the hospital network
recall-share_one_product = لا يمكن إرسال عملية السحب { $recall } إلى الشبكة كما هي: تشمل عملية السحب الشبكية منتجًا واحدًا (رقم GTIN واحدًا)، حسب التشغيلات أو الأرقام التسلسلية. أدخل هنا عملية سحب لكل منتج برقم خاص بها، وشارك كلًّا منها.

# $recall (text): the recall number
# $gtin (text): the GTIN it covers every pack of
recall-share_whole_product = تشمل عملية السحب { $recall } كل عبوات رقم GTIN { $gtin }، بينما تحدد عملية السحب الشبكية التشغيلات أو الأرقام التسلسلية التي تشملها: اطلب من مسؤول الجودة في الخادم المركزي إدخالها في الخادم المركزي مع تشغيلاتها (custody-hub recall add).

# $field (text): the password field
recall-destroy_needs_signature = إتلاف المخزون يتطلب توقيعك: أدخل كلمة المرور مرة أخرى.

# $field (text): the supplier field
recall-return_needs_supplier = اختر المورّد الذي يُعاد إليه المخزون.

# $field (text): the serial field
# $serial (text): the pack's serial
# $recall (text): the recall number
recall-pack_not_affected = العبوة ذات الرقم التسلسلي { $serial } غير مشمولة بعملية السحب { $recall }.

# $field (text): the outcome field
recall-nothing_matches = لا شيء مما زال مفتوحًا في عملية السحب يطابق ما اخترته.

# $field (text): the outcome field
# $outcome (text): the outcome chosen (returned_to_supplier, destroyed, notified, not_found)
# $matches (text): what matches, by status
recall-outcome_does_not_apply = النتيجة «{ $outcome ->
        [returned_to_supplier] أُعيد إلى المورّد
        [destroyed] أُتلف
        [notified] أُبلغ عنه
        [not_found] لم يُعثر عليه
       *[other] { $outcome }
    }» لا تنطبق على ما يطابق ({ $matches }): العبوات الموجودة هنا تُعاد أو تُتلف أو يُسجَّل أنه لم يُعثر عليها؛ والعبوات التي خرجت يُبلَّغ عنها أو يُسجَّل أنه لم يُعثر عليها.

# $recall (text): the recall number
# $open (number): items still open
# $items (text): what is open, where
recall-still_open = لا يمكن إغلاق عملية السحب { $recall }: { $open ->
        [zero] لا يوجد بند مفتوح
        [one] ما زال بند واحد مفتوحًا
        [two] ما زال بندان مفتوحَين
        [few] ما زالت { $open } بنود مفتوحة
        [many] ما زال { $open } بندًا مفتوحًا
       *[other] ما زال { $open } بند مفتوحًا
    } ({ $items }). سجّل أولًا نتيجة لكل بند.

## count: stock counts

# $count (number): the count's number
count-unknown = لا يوجد جرد بالرقم { $count }.

# $field (text): the location field
# $count (number): the count still open there
# $location (text): the location's code
count-open_at_location = الجرد { $count } في { $location } لم يُطبَّق ولم يُلغَ بعد: أنهِه (أو ألغِه) قبل بدء جرد آخر هناك.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_open = الجرد { $count } { $status ->
        [finished] منتهٍ
        [applied] مُطبَّق
       *[abandoned] ملغى
    }، لذلك لا يقبل مزيدًا من المسح.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-closed = الجرد { $count } { $status ->
        [applied] مُطبَّق بالفعل
       *[abandoned] ملغى بالفعل
    }: لا يمكن فعل أي شيء آخر به.

# $count (number): the count's number
# $status (text): where it stands (open, finished, applied, abandoned)
count-not_finished = الجرد { $count } { $status ->
        [open] ما زال مفتوحًا للمسح: أنهِه قبل تطبيقه
        [applied] مُطبَّق بالفعل
       *[abandoned] ملغى، لذلك لا يمكن تطبيقه
    }.

# $field (text): the quantity field
count-quantity_not_positive = يجب ألا تقل الكمية المجرودة عن 1.

# $field (text): the quantity field
# $quantity (number): the total typed
count-quantity_negative = لا يمكن أن يكون إجمالي التشغيلة { $quantity }: أدخل الكمية الموجودة على الرف (0 إن لم يكن منها شيء).

# $field (text): the quantity field
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-quantity_too_large = الكمية { $quantity } أكبر مما يقبله الجرد لتشغيلة واحدة (الحد الأقصى { $max }): أدخل عدد الوحدات الموجودة على الرف. إذا أدخل الماسح رمزًا في خانة الكمية، فامسح العبوة مرة أخرى.

# $field (text): the quantity field
# $lot (text): the lot
# $product (text): the product's name
# $counted (number): the lot's total counted so far
# $quantity (number): the quantity typed
# $max (number): the most of one lot a count takes
count-lot_total_too_large = التشغيلة { $lot } من { $product } جُرد منها حتى الآن { $counted }: وإضافة { $quantity } أخرى تتجاوز { $max }، وهو أكثر مما يقبله الجرد لتشغيلة واحدة. صحّح إجمالي التشغيلة بدلًا من ذلك.

# $field (text): the lot field
# $lot (text): the lot
# $product (text): the product's name
count-lot_not_counted = التشغيلة { $lot } من { $product } لم تُجرد في هذا الجرد: امسحها لجردها.

## levels: reorder rules, shortages, expiry alerts

# $field (text): the field at fault
# $problem (text): what is wrong with it
levels-rule_invalid = لم تُحفظ قاعدة إعادة الطلب: { $problem }

# $field (text): the location field
# $product (text): the product's name
# $location (text): the location code
levels-rule_unknown = لم تُحذف قاعدة إعادة الطلب: لا توجد قاعدة لـ { $product } في { $location }.

# $field (text): the days fields
# $lead_time (number): the lead time given, in days
# $safety (number): the safety days given
# $cycle (number): the order cycle given, in days
levels-suggest_days_invalid = يجب أن تكون مدة التوريد ({ $lead_time }) وأيام الأمان ({ $safety }) صفرًا أو أكثر، ودورة الطلب ({ $cycle }) يومًا واحدًا على الأقل.

# $field (text): the product field
levels-position_needs_product_or_location = اختر منتجًا، أو موقعًا، أو كليهما.

# $field (text): the window field
levels-expiry_no_window = أدخل نافذة واحدة على الأقل بالأيام.

# $field (text): the window field
# $max (number): the longest window
levels-expiry_window_out_of_range = تتراوح نافذة انتهاء الصلاحية بالأيام بين 0 و{ $max }.

# $field (text): the windows field
# $value (text): what was typed
levels-window_not_a_number = القيمة { $value } ليست عددًا من الأيام: أدخل أعدادًا صحيحة تفصل بينها فواصل، مثل 30, 60, 90.

# $field (text): the windows field
# $days (number): the window given
# $max (number): the longest window
levels-window_out_of_range = مدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } لا تصلح نافذةً للتنبيه: يجب أن تكون كل نافذة بالأيام بين 1 و{ $max }.

# $field (text): the windows field
levels-no_windows = أدخل نافذة تنبيه واحدة على الأقل بالأيام، مثل 30, 60, 90.

# $field (text): the windows field
# $windows (number): how many were given
# $max (number): the most allowed
levels-too_many_windows = عدد نوافذ التنبيه المُدخلة { $windows }: يجب ألا يتجاوز عددها { $max }.

## insights: patterns found in the ledger

# $field (text): the supplier field
# $supplier (text): the supplier's code given
insights-trends_by_supplier = اتجاهات الاستهلاك حسب المنتج والموقع، والاستهلاك لا مورّد له ({ $supplier }): أزل عامل تصفية المورّد.

## report: printed reports and extracts

# $field (text): the end date field
# $from (text): the start date
# $to (text): the end date
report-range_backwards = تاريخ النهاية { $to } يسبق تاريخ البداية { $from }: بدّل بينهما.

# $field (text): the start date field
# $limit (number): the most events one extract lists
report-audit_too_many_events = سيتجاوز عدد الأحداث في المستخرج { $limit }: ضيّق نطاق التواريخ أو المستخدم أو الموقع.

# $field (text): the report field
# $report (text): the name given
# $known (text): the reports there are
report-unknown_kind = لا يوجد تقرير باسم { $report }: التقارير المتاحة هي { $known }.

## backup: backups and restores

# $path (text): the file
# $detail (text): what SQLite said
backup-open_failed = تعذّر فتح { $path } بوصفه قاعدة بيانات ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_unreadable = تعذّرت قراءة المجلد { $path } ({ $detail }).

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_created = تعذّر إنشاء المجلد { $path } ({ $detail }): تحقّق من أن القرص متصل وقابل للكتابة.

# $path (text): the folder
# $detail (text): what the system said
backup-folder_not_writable = لا يمكن كتابة أي شيء في { $path } ({ $detail }): اختر مجلدًا يُسمح لك بالكتابة فيه.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_renamed = تعذّر إعطاء النسخة الاحتياطية التي تم التحقق منها اسمها { $path } ({ $detail })؛ لم يُحتفظ بأي شيء.

# $path (text): the backup file
# $detail (text): what the system said
backup-not_copied = تعذّر نسخ النسخة الاحتياطية { $path } ({ $detail })؛ بقيت قاعدة البيانات كما كانت.

# $path (text): the database file
# $detail (text): what the system said
backup-not_moved_aside = تعذّر نقل قاعدة البيانات { $path } جانبًا ({ $detail })؛ لم تتم استعادة أي شيء.

# $path (text): the database file
# $detail (text): what the system said
backup-not_put_in_place = تعذّر وضع النسخة الاحتياطية مكان { $path } ({ $detail })؛ أُعيدت قاعدة البيانات التي كانت هناك إلى مكانها.

# $path (text): the file
# $detail (text): what the system said
backup-not_flushed = تعذّرت كتابة { $path } على القرص بشكل آمن ({ $detail }).

# $path (text): the path
# $field (text): the folder field, when the person typed it
backup-path_not_text = يحتوي المسار { $path } على أحرف لا يستطيع Custody تخزينها: اختر مجلدًا اسمه نص عادي.

# $field (text): the folder field
# $path (text): what was typed
backup-folder_not_absolute = المسار { $path } ليس مسارًا كاملًا: ابدأه من الجذر، مثل /media/usb.

# $field (text): the folder field
# $path (text): the folder
backup-database_folder = المجلد { $path } يحتوي على قاعدة البيانات المفتوحة: احفظ النسخ الاحتياطية في مجلد خاص بها.

# $field (text): the folder field
# $path (text): the file in the way
backup-is_open_database = الملف { $path } هو قاعدة البيانات المفتوحة: اختر مجلدًا آخر للنسخ الاحتياطية.

# $path (text): the backup file
backup-exists = توجد بالفعل نسخة احتياطية { $path } (أُخذت نسخة في هذه الثانية نفسها): حاول مجددًا بعد لحظة.

# $problems (text): what the check found
backup-not_verified = لم تجتز النسخة الاحتياطية الفحص، لذلك تم التخلص منها: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $database (text): the database being replaced
backup-restore_onto_itself = الملف { $path } هو قاعدة البيانات التي يجري استبدالها ({ $database }): اختر ملف النسخة الاحتياطية المراد استعادته.

# $field (text): the backup field
# $path (text): the backup given
backup-restore_working_file = الملف { $path } هو ملف العمل الخاص بعملية الاستعادة نفسها: انسخه إلى مكان آخر أولًا.

# $field (text): the backup field
# $path (text): the backup given
# $problems (text): what the check found
backup-not_good = الملف { $path } ليس نسخة احتياطية سليمة، لذلك لم تتم استعادة أي شيء: { $problems }.

# $field (text): the backup field
# $path (text): the backup given
# $differences (text): the tables, indexes, triggers or views that differ
backup-schema_differs = لا يحتوي الملف { $path } على الجداول والفهارس التي ينشئها Custody، لذلك لم تتم استعادته: { $differences }.

# $path (text): the kept-aside file
backup-aside_exists = الملف { $path } موجود بالفعل من عملية استعادة سابقة: انتظر ثانية واحدة ثم أعد الاستعادة.

## ledger: what is recorded and when

# $site (text): the site's code
# $now (text): the computer's clock
# $last (text): when the newest event was recorded
ledger-clock_behind = تشير ساعة هذا الحاسوب إلى { $now }، لكن سجل الموقع { $site } يحتوي بالفعل على حدث مسجّل في { $last }: أُعيدت الساعة إلى الوراء، لذلك لم يُسجَّل أي شيء. اضبط تاريخ الحاسوب ووقته بشكل صحيح (اطلب ذلك من المسؤول) ثم حاول مجددًا.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
ledger-occurred_in_future = لا يمكن تسجيل أنه حدث في { $occurred }: فهذا بعد الوقت الحالي ({ $now }). لم يُسجَّل أي شيء.

# $field (text): the occurred-at field
# $occurred (text): when it is said to have happened
# $now (text): the clock's time
# $days (number): the site's late-entry window
ledger-occurred_too_early = لا يمكن تسجيل أنه حدث في { $occurred }: فهذا قبل الوقت الحالي ({ $now }) بأكثر من { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، وهي أبعد مدة يسمح هذا الموقع بالرجوع إليها لتسجيل ما حدث (يضبط المسؤول نافذة الإدخال المتأخر هذه). لم يُسجَّل أي شيء.

# $field (text): the days field
# $days (number): what was asked
# $max (number): the longest window
ledger-late_entry_out_of_range = نافذة الإدخال المتأخر بالأيام من 0 إلى { $max }، وليست { $days }.

# $now (text): the clock's time
# $last (text): when the newest event was recorded
ledger-clock_not_behind = الساعة ({ $now }) ليست متأخرة عن أحدث حدث في السجل ({ $last }): لا يوجد ما يُصحَّح.

ledger-clock_nothing_recorded = لا يحتوي السجل على أي حدث بعد، لذلك لا توجد ساعة لتصحيحها.

ledger-clock_correction_unsigned = يجب أن يوقّع تصحيحَ الساعة المسؤولُ الذي يجريه: أدخل كلمة المرور.

ledger-clock_correction_alone = يُسجَّل تصحيح الساعة وحده، بوصفه تصحيحًا للساعة. لم يُسجَّل أي شيء.

ledger-signed_by_another = يوقّع الحدثَ الشخصُ الذي يسجّله: سجّل الدخول بحسابك أنت ووقّع مرة أخرى.

# $kind (text): the event's kind
ledger-user_event_needs_subject = يجب أن يحدد التغيير على حساب مستخدم ({ $kind }) المستخدمَ الذي يغيّره. لم يُسجَّل أي شيء.

# $kind (text): the event's kind
ledger-not_a_user_event = الحدث { $kind } ليس تغييرًا على حساب مستخدم. لم يُسجَّل أي شيء.

# $kind (text): the event's kind
ledger-event_without_lines = يتطلب الحدث { $kind } عبوة أو تشغيلة واحدة على الأقل. لم يُسجَّل أي شيء.

# $field (text): the quantity field
ledger-quantity_not_positive = يجب أن تكون الكمية أكبر من صفر.

# $id (number): the product's row id
ledger-product_missing = المنتج رقم { $id } غير موجود في قاعدة البيانات. لم يُسجَّل أي شيء.

# $id (number): the location's row id
ledger-location_missing = الموقع رقم { $id } غير موجود في قاعدة البيانات. لم يُسجَّل أي شيء.

# $id (number): the partner's row id
ledger-partner_missing = الشريك رقم { $id } غير موجود في قاعدة البيانات. لم يُسجَّل أي شيء.

# $line (number): the event's line
ledger-pack_line_without_status = السطر { $line } ينقل عبوة دون أن يذكر أين تستقر. لم يُسجَّل أي شيء.

# $line (number): the event's line
# $serial (text): the pack's serial
ledger-pack_already_known = السطر { $line }: سجّل شخص آخر في أثناء ذلك العبوة ذات الرقم التسلسلي { $serial }. لم يُسجَّل أي شيء: امسح مرة أخرى.

# $line (number): the event's line
# $serial (text): the pack's serial
# $status (text): where the line expected it (in_stock, quarantined, …)
ledger-pack_moved = السطر { $line }: العبوة ذات الرقم التسلسلي { $serial } لم تعد { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
       *[other] { $status }
    } حيث كانت؛ فقد تغيّر المخزون في أثناء ذلك. لم يُسجَّل أي شيء: امسح مرة أخرى.

# $line (number): the event's line
ledger-quantity_line_without_lot = السطر { $line } يذكر كمية دون تشغيلة. لم يُسجَّل أي شيء.

# $line (number): the event's line
ledger-lot_without_location = السطر { $line } يأخذ مخزون تشغيلة من غير موقع. لم يُسجَّل أي شيء.

# $line (number): the event's line
# $quantity (number): how many the line takes
# $lot (text): the lot
# $status (text): the stock's status (in_stock, quarantined, …)
ledger-lot_short = السطر { $line }: الكمية الموجودة هناك من التشغيلة { $lot } { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
       *[other] { $status }
    } أقل من { $quantity }؛ فقد تغيّر المخزون في أثناء ذلك. لم يُسجَّل أي شيء: امسح مرة أخرى.

ledger-enrolment_times_unreadable = تتعذّر قراءة أوقات إنشاء المستخدمين، لذلك لا يمكن تسجيلهم في السجل.

# $seq (number): the event put back
# $expected (number): the position it would take
ledger-restored_out_of_order = لا يمكن إعادة الحدث { $seq } إلى الموضع { $expected } من هذا السجل: لم يُكتب أي شيء.

# $seq (number): the event put back
ledger-restored_hash_differs = الحدث { $seq } المُعاد من الخادم المركزي لا تطابق قيمة التجزئة (hash) الخاصة به نسخةَ الخادم المركزي في هذا الملف: لم يُكتب أي شيء. اتصل بمسؤول الخادم المركزي.

## import: files brought in (products, shipments, recalls, reorder rules)

# $problems (number): problems listed below the sentence
# $all_listed (text): yes when every problem is listed, no when more were found than listed
import-rejected = لم يُستورد الملف: { $all_listed ->
        [no] عُثر على أكثر من { $problems ->
            [one] مشكلة واحدة
            [two] مشكلتين
            [few] { $problems } مشكلات
            [many] { $problems } مشكلة
           *[other] { $problems } مشكلة
        }
       *[yes] { $problems ->
            [zero] لا توجد فيه مشكلات
            [one] فيه مشكلة واحدة
            [two] فيه مشكلتان
            [few] فيه { $problems } مشكلات
            [many] فيه { $problems } مشكلة
           *[other] فيه { $problems } مشكلة
        }
    }. صحّح الملف واستورده مرة أخرى.

# $field (text): the file field
# $path (text): the file
# $limit_mb (number): the largest file imported, in MB
import-file_too_large = حجم الملف { $path } أكبر من { $limit_mb } ميغابايت: ليس ملفًا يستورده Custody.

# $field (text): the file field
# $path (text): the path given
import-file_is_folder = المسار { $path } مجلد وليس ملفًا: اختر الملف نفسه.

# $field (text): the file field
# $path (text): the file
# $detail (text): what the system said
import-file_unreadable = تعذّرت قراءة { $path } ({ $detail }).

## store: the database file

# $path (text): the database file
# $detail (text): what SQLite said
store-open = تعذّر فتح قاعدة البيانات { $path } ({ $detail }).

# $found (number): the file's schema version
# $supported (number): the newest this version knows
store-too_new = كُتبت قاعدة البيانات هذه بإصدار أحدث من Custody (المخطط { $found }؛ وهذا الإصدار يعرف حتى المخطط { $supported }): حدّث Custody لفتحها.

# $name (text): the migration
# $detail (text): what SQLite said
store-migration = تعذّرت ترقية قاعدة البيانات: فشلت الخطوة { $name } ({ $detail })، ولم يُطبَّق منها شيء.

# $detail (text): what SQLite said
store-database = رفضت قاعدة البيانات العملية أو فشلت: { $detail }. لم يُسجَّل أي شيء.

# $detail (text): why the benchmark scan was not recorded
store-benchmark_scan_refused = لم يُسجَّل مسح قياس الأداء، لذلك لا يقيس الاختبار شيئًا: { $detail }

## api: the application layer's own refusals (crates/api)

# $operation (text): what was asked for
api-unknown_operation = لا توجد في Custody عملية باسم { $operation }.

# $operation (text): the operation
# $reason (text): what did not fit, as the reader said it
api-bad_request = تعذّرت قراءة طلب { $operation }: { $reason }

# $reason (text): what failed
api-internal = حدث خطأ في Custody: { $reason }. أعد تشغيله؛ وإذا تكرر ذلك، فأبلغ المسؤول.

# $field (text): the date field
# $date (text): what was typed
api-date_unreadable = «{ $date }» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثل 2026-12-01.

## session: who is signed in

session-not_signed_in = سجّل الدخول أولًا.

# $reason (text): idle (the session went quiet too long) or not_signed_in
# $minutes (number): the idle minutes that ended it (0 when nobody was signed in)
session-signed_out = { $reason ->
        [idle] سُجّل خروجك بعد { $minutes ->
            [zero] { $minutes } دقيقة
            [one] دقيقة واحدة
            [two] دقيقتين
            [few] { $minutes } دقائق
            [many] { $minutes } دقيقة
           *[other] { $minutes } دقيقة
        } دون نشاط.
       *[other] سجّل الدخول أولًا.
    }

## auth (api): a password re-entered to sign

# $field (text): the password field
# $meaning (text): approved, performed or reviewed
auth-signature_required = هذا الإجراء يُوقَّع: أعد إدخال كلمة المرور ({ $meaning ->
        [approved] فأنت توافق عليه
        [performed] فأنت من قام به
       *[other] فأنت راجعته
    }).

## scan: what a scanner sent

# $field (text): the scan field
scan-empty = كان المسح فارغًا: امسح العبوة مرة أخرى.

# $field (text): the scan field
# $reason (text): what the decoder said
scan-unreadable = تعذّرت قراءة المسح: { $said }

# $field (text): the scan field
scan-no_gtin = لا يحتوي المسح على رقم GTIN: امسح رمز العبوة نفسها، لا ملصق الشحن.

## scan.photo: a photo of a pack read for its codes (crates/api photo.rs)

# $megabytes (number): the file's size in megabytes, rounded up
# $limit (number): the largest photo read, in megabytes
scan-photo_too_large = حجم هذا الملف { $megabytes } ميغابايت: يقرأ Custody الصور حتى { $limit } ميغابايت. أرسل صورة أصغر (يكفي الحجم المعتاد لصور الهاتف).

# $reason (text): what the base64 reader said, in English
scan-photo_not_base64 = لم تصل الصورة كاملة وتعذّرت قراءتها ({ $reason }). أضفها مرة أخرى.

scan-photo_empty = الملف فارغ: لا يحتوي على أي صورة.

scan-photo_heic = هذه صورة بصيغة HEIC لا يستطيع Custody قراءتها: صدّرها بصيغة JPEG (أو اضبط كاميرا الهاتف على «الأكثر توافقًا») ثم أرسلها مرة أخرى.

# $found (text): what the file looks like (GIF, PDF, WebP, AVIF, …)
scan-photo_unknown_format = هذه ليست صورة JPEG أو PNG (تبدو كأنها { $found }): أرسل الصورة بصيغة JPEG أو PNG.

# $format (text): JPEG or PNG
# $reason (text): what the image decoder said, in English
scan-photo_unreadable = تعذّر فتح صورة { $format }؛ ربما تكون مقطوعة أو تالفة ({ $reason }). أرسلها مرة أخرى.

## scan.decode: why the decoder refused a scan
#
# The decoder's own sentences (crates/gs1): each refusal of a scan is a code and its arguments,
# said here in the session's language; in English each reads exactly as the decoder's message.
# AIs, their GS1 titles (EXPIRY, BATCH/LOT, …), values and characters are arguments, never
# translated. "$what" says what a character is (space, gs, control, char, end, byte) and
# "$char" shows it (the character, U+0001, 0x80).

scan-decode-bracket_expected = كان متوقعًا «(» لفتح المعرّف AI التالي في الصيغة ذات الأقواس.

scan-decode-bracket_unclosed = فُتح معرّف AI بـ«(» ولم يُغلق بـ«)».

# $ai (text): the digits between the brackets
scan-decode-unknown_ai-bracketed = ({ $ai }) ليس معرّف AI في قاموس GS1.

scan-decode-no_data = يحمل المسح معرّف ترميز GS1 لكن بلا بيانات.

scan-decode-leading_separator = تبدأ البيانات بفاصل مجموعة (GS) في موضع المعرّف AI الأول. بعض الطابعات ترمّز العبوات بهذه الطريقة؛ والخيار المتساهل «ignore_leading_gs» يقبل ذلك.

scan-decode-double_separator = فاصلا مجموعة (GS) متتاليان: ينقص عنصر بينهما.

# $ai (text): the AI
# $title (text): its GS1 title
# $needed (number): the characters its value needs
# $left (number): the characters left in the scan
scan-decode-truncated = تنتهي البيانات داخل المعرّف AI ({ $ai }) { $title }: عدد الأحرف المطلوبة { $needed } والمتبقي { $left } فقط. انقطعت القراءة؛ امسح العبوة مرة أخرى.

# $digits (text): the digits where an AI should start
scan-decode-unknown_ai = «{ $digits }…» لا يبدأ بمعرّف AI من قاموس GS1. قد يكون الرمز تالفًا، أو ربما أسقط الماسح فاصل مجموعة قبله.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-unknown_ai-not_digits = كان متوقعًا معرّف AI (أرقام) لكن وُجد { $what ->
        [space] مسافة
        [gs] فاصل مجموعة (GS)
        [control] حرف التحكم { $char }
        [end] نهاية البيانات
        [byte] البايت { $char }
       *[char] «{ $char }»
    }. قد يكون الرمز تالفًا، أو ربما أسقط الماسح فاصل مجموعة قبله.

# $ai (text): the AI
# $title (text): its GS1 title
# $first (text): its first value
# $second (text): its other value
scan-decode-duplicate_ai = المعرّف AI ({ $ai }) { $title } يظهر مرتين بقيمتين مختلفتين («{ $first }» و«{ $second }»).

# $ai (text): the AI
# $title (text): its GS1 title
# $other (text): the AI it excludes
# $other_title (text): that AI's GS1 title
scan-decode-invalid_ai_pair = المعرّف AI ({ $ai }) { $title } لا يجوز أن يظهر مع المعرّف AI ({ $other }) { $other_title }.

# $ai (text): the AI
# $title (text): its GS1 title
# $wanted (text): the AIs it needs, alternatives separated by commas (01, 02+37)
scan-decode-missing_associated_ai = المعرّف AI ({ $ai }) { $title } يحتاج إلى أحد هذه المعرّفات معه: { $wanted }.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-invalid_character = يحتوي عنوان الويب على { $what ->
        [space] مسافة
        [gs] فاصل مجموعة (GS)
        [control] حرف التحكم { $char }
        [end] نهاية البيانات
        [byte] البايت { $char }
       *[char] «{ $char }»
    }، وهذا غير مسموح به في URI.

# $example (text): a path with a GS1 key (/01/{GTIN})
scan-decode-dl-no_primary_key = عنوان الويب هذا ليس GS1 Digital Link: لا يحتوي مساره على مفتاح GS1 مثل { $example }.

scan-decode-dl-not_http = لا يمكن أن تكون روابط GS1 Digital Link إلا عناوين http وhttps.

# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-dl-domain_character = يحتوي نطاق عنوان الويب على { $what ->
        [space] مسافة
        [gs] فاصل مجموعة (GS)
        [control] حرف التحكم { $char }
        [end] نهاية البيانات
        [byte] البايت { $char }
       *[char] «{ $char }»
    }، وهذا لا يمكن أن يحتويه نطاق.

scan-decode-dl-path_ends_with_slash = ينتهي مسار Digital Link بـ«/»: عنصره الأخير فارغ.

# $ai (text): the AI the query names
scan-decode-dl-unknown_ai = يذكر استعلام Digital Link المعرّف AI ({ $ai })، وهو غير موجود في قاموس GS1.

# $ai (text): the AI
scan-decode-dl-duplicate_ai = يظهر المعرّف AI ({ $ai }) أكثر من مرة في Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-ai_should_be_in_path = المعرّف AI ({ $ai }) { $title } مؤهِّل للمفتاح: مكانه في مسار Digital Link لا في الاستعلام.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-invalid_attribute = المعرّف AI ({ $ai }) { $title } غير مسموح به في استعلام Digital Link.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-dl-empty_value = المعرّف AI ({ $ai }) { $title } قيمته فارغة في Digital Link.

# $path (text): the path's AIs (01/21/10)
# $key (text): the key's AI
# $order (text): the order its qualifiers go in (22, 10, 21)
# $or (text): yes when there are other orders, else no
# $others (text): the other orders
scan-decode-dl-qualifier_order = يحتوي مسار Digital Link على المعرّفات { $path } بترتيب لا يسمح به المعيار (بعد { $key } تأتي المؤهِّلات بالترتيب { $order }{ $or ->
        [yes] { " أو " }{ $others }
       *[no] {""}
    }).

scan-decode-ifa-no_product_code = رمز IFA هذا بلا رمز منتج (لا PPN في 9N ولا GTIN في 8P).

scan-decode-ifa-not_format_06 = رسالة ISO/IEC 15434 هذه ليست بالصيغة 06، وهي صيغة رموز IFA للعبوات.

scan-decode-ifa-no_identifier = أحد حقول IFA بلا معرّف بيانات.

# $di (text): the field's data identifier (9N, 1T, S, D, …)
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
scan-decode-ifa-invalid_character = يحتوي حقل IFA { $di } على { $what ->
        [space] مسافة
        [gs] فاصل مجموعة (GS)
        [control] حرف التحكم { $char }
        [end] نهاية البيانات
        [byte] البايت { $char }
       *[char] «{ $char }»
    }، وهذا غير مسموح به.

# $di (text): the field's data identifier
scan-decode-ifa-empty = حقل IFA { $di } فارغ.

# $value (text): the date as scanned
scan-decode-ifa-expiry = تاريخ انتهاء الصلاحية «{ $value }» ليس تاريخًا حقيقيًا (YYMMDD).

# $value (text): the date as scanned
scan-decode-ifa-manufactured = تاريخ التصنيع «{ $value }» ليس تاريخًا حقيقيًا (YYYYMMDD).

# $di (text): the field's data identifier
# $max (number): the most characters it may have
scan-decode-ifa-too_long = حقل IFA { $di } أطول من الحد الأقصى لعدد الأحرف ({ $max }).

# $gtin (text): the GTIN as scanned
# $length (number): its number of digits
scan-decode-ifa-gtin-length = رقم GTIN «{ $gtin }» في الحقل 8P غير صالح: عدد أرقام GTIN هو 8 أو 12 أو 13 أو 14، لا { $length }.

# $gtin (text): the GTIN as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-ifa-gtin-non_digit = رقم GTIN «{ $gtin }» في الحقل 8P غير صالح: يتكون GTIN من أرقام فقط (الحرف رقم { $position } ليس رقمًا).

# $gtin (text): the GTIN as scanned
# $expected (text): the check digit it should have
scan-decode-ifa-gtin-check_digit = رقم GTIN «{ $gtin }» في الحقل 8P غير صالح: رقم التحقق فيه خاطئ (ينبغي أن يكون { $expected }).

scan-decode-ifa-ppn = هذا ليس PPN صالحًا.

# $ppn (text): the PPN as scanned
# $expected (text): the check digits it should have
scan-decode-ifa-ppn-check_digits = رقما التحقق في PPN «{ $ppn }» خاطئان (ينبغي أن يكونا { $expected }). امسح العبوة مرة أخرى أو تحقّق من PZN المطبوع.

scan-decode-ifa-ppn-pzn = رقم التحقق في PZN الموجود داخل PPN خاطئ.

# $symbology (text): the symbology identifier's letter and modifier (E0, A0, …)
scan-decode-unsupported_symbology = هذا النوع من الباركود (معرّف الترميز ]{ $symbology }) لا يحمل بيانات عبوة GS1. امسح الرمز ثنائي الأبعاد (Data Matrix) على العبوة.

scan-decode-not_gs1 = هذا الباركود مقروء لكنه لا يحمل بيانات عبوة GS1 (لا يوجد GTIN). ليس رمز عبوة: امسح رمز Data Matrix الخاص بالعبوة.

# $gtin (text): the digits as scanned
# $length (number): their number
scan-decode-gtin-length = «{ $gtin }» ليس GTIN صالحًا: عدد أرقام GTIN هو 8 أو 12 أو 13 أو 14، لا { $length }.

# $gtin (text): the digits as scanned
# $position (number): the place of the first character that is not a digit, from 1
scan-decode-gtin-non_digit = «{ $gtin }» ليس GTIN صالحًا: يتكون GTIN من أرقام فقط (الحرف رقم { $position } ليس رقمًا).

# $gtin (text): the digits as scanned
# $expected (text): the check digit it should have
scan-decode-gtin-check_digit = «{ $gtin }» ليس GTIN صالحًا: رقم التحقق فيه خاطئ (ينبغي أن يكون { $expected }).

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_short = المعرّف AI ({ $ai }) { $title } قصير جدًا.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-too_long = المعرّف AI ({ $ai }) { $title } فيه أحرف أكثر مما يسمح به.

# $ai (text): the AI
# $title (text): its GS1 title
scan-decode-empty = المعرّف AI ({ $ai }) { $title } بلا قيمة.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long = المعرّف AI ({ $ai }) { $title } عدد أحرفه { $length }؛ والحد الأقصى المسموح به { $max }.

# A value of variable length: the separator after it may be missing.
# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $max (number): the most characters it may have
scan-decode-value_too_long-separator = المعرّف AI ({ $ai }) { $title } عدد أحرفه { $length }؛ والحد الأقصى المسموح به { $max }. ربما أسقط الماسح فاصل مجموعة (GS) بين حقلين: تحقّق من إعدادات لوحة المفاتيح في الماسح.

# $ai (text): the AI
# $title (text): its GS1 title
# $length (number): the value's length
# $min (number): the fewest characters it needs
scan-decode-value_too_short = المعرّف AI ({ $ai }) { $title } عدد أحرفه { $length }؛ ويحتاج إلى { $min } على الأقل.

# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character = المعرّف AI ({ $ai }) { $title } يحتوي على { $what ->
        [space] مسافة
        [gs] فاصل مجموعة (GS)
        [control] حرف التحكم { $char }
        [end] نهاية البيانات
        [byte] البايت { $char }
       *[char] «{ $char }»
    }، وهذا غير مسموح به هنا ({ $charset ->
        [numeric] أرقام فقط
        [cset82] حروف وأرقام وعلامات ترقيم GS1
        [cset39] حروف لاتينية كبيرة وأرقام و«#» و«-» و«/»
       *[cset64] محارف base64url
    }). امسح العبوة مرة أخرى؛ وإذا تكرر الخطأ فالرمز مطبوع بشكل خاطئ.

# A character beyond ASCII, as a scanner typing on a non-US keyboard layout sends.
# $ai (text): the AI
# $title (text): its GS1 title
# $what (text): what was found (space, gs, control, char, end, byte)
# $char (text): the character, or its code
# $charset (text): the characters allowed (numeric, cset82, cset39, cset64)
scan-decode-invalid_character-keyboard = المعرّف AI ({ $ai }) { $title } يحتوي على { $what ->
        [space] مسافة
        [gs] فاصل مجموعة (GS)
        [control] حرف التحكم { $char }
        [end] نهاية البيانات
        [byte] البايت { $char }
       *[char] «{ $char }»
    }، وهذا غير مسموح به هنا ({ $charset ->
        [numeric] أرقام فقط
        [cset82] حروف وأرقام وعلامات ترقيم GS1
        [cset39] حروف لاتينية كبيرة وأرقام و«#» و«-» و«/»
       *[cset64] محارف base64url
    }). قد ينتج ذلك عن ماسح يعمل كلوحة مفاتيح بتخطيط غير أمريكي: اضبطه على وضع لوحة المفاتيح العام أو USB-COM.

## scan.decode.lint: a value that breaks its AI's rule
#
# Every one says the AI, its title and the value: "$ai (text): the AI", "$title (text): its
# GS1 title", "$value (text): the value as scanned".

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
# $expected (text): the check digit it should have
scan-decode-lint-check_digit = المعرّف AI ({ $ai }) { $title } «{ $value }»: رقم التحقق خاطئ (ينبغي أن يكون الرقم الأخير { $expected }). الرمز مطبوع أو مقروء بشكل خاطئ؛ امسحه مرة أخرى أو أدخل الرقم المطبوع على العبوة.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-check_pair = المعرّف AI ({ $ai }) { $title } «{ $value }»: زوج أحرف التحقق خاطئ.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-iban = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس IBAN صالحًا.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-day_zero = المعرّف AI ({ $ai }) { $title } «{ $value }»: اليوم 00 غير مسموح به في هذا التاريخ.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yymmdd = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس تاريخًا حقيقيًا (YYMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yyyymmdd = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس تاريخًا حقيقيًا (YYYYMMDD).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hhmi = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس وقتًا حقيقيًا (HHMM).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hour = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذه ليست ساعة حقيقية.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-minute = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذه ليست دقيقة أو ثانية حقيقية.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس رمز بلد وفق ISO 3166.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-country_alpha2 = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس رمز بلد من حرفين.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-currency = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس رمز عملة وفق ISO 4217.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-sex = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس رمز جنس وفق ISO 5218.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-yes_no = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن تكون القيمة 0 (لا) أو 1 (نعم).

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_zero = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب ألا تكون القيمة صفرًا.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن تكون القيمة 0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-winding = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن يكون اتجاه اللف 0 أو 1 أو 9.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-piece_of_total = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن يكون رقم القطعة بين 1 والعدد الإجمالي للقطع.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-percent = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن يلي «%» رقمان ست عشريان.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-hyphen = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن تكون القيمة شرطة.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-latitude = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس خط عرض صالحًا.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-longitude = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس خط طول صالحًا.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-non_digit = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن تحتوي القيمة على حرف واحد على الأقل ليس رقمًا.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-zero_prefix = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب ألا تبدأ القيمة بـ0.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-importer_index = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس فهرس مستورد صالحًا.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-media_type = المعرّف AI ({ $ai }) { $title } «{ $value }»: هذا ليس نوع وسيط AIDC صالحًا.

# $ai (text): the AI
# $title (text): its GS1 title
# $value (text): the value as scanned
scan-decode-lint-position_in_sequence = المعرّف AI ({ $ai }) { $title } «{ $value }»: يجب أن تكون القيمة موضعًا وإجماليًا مثل 1/2.
## settings: the site's settings

# $field (text): the substitutes field
# $substitute (text): the substitute refused
settings-gs_substitute_unusable = لا يمكن أن يحل «{ $substitute }» محل فاصل المجموعات: فقد يحتويه رقم تسلسلي، أو أنه فارغ. استخدم حرفًا مثل ~ أو رمزًا مثل <GS>.

# $field (text): the short-dated window field
# $days (number): what was given
# $max (number): the longest window
settings-short_dated_days_out_of_range = نافذة قرب انتهاء الصلاحية بالأيام من 0 إلى { $max }، وليست { $days }.

# $field (text): the price tolerance field
# $percent (number): what was given
# $max (number): the largest tolerance
settings-price_tolerance_out_of_range = هامش تفاوت السعر من 0 إلى { $max } %، وليس { $percent } %.
settings-currency_unknown = «{ $currency }» ليست عملة متداولة: أدخل رمزها المكوّن من ثلاثة أحرف وفق ISO 4217، مثل EUR أو USD أو XOF.

## files: files written for a person

# $path (text): the file
files-exists = الملف { $path } موجود بالفعل: أكّد لاستبداله، أو اختر اسمًا آخر.

# $path (text): the file
files-open_database = الملف { $path } هو قاعدة البيانات المفتوحة (أو ملف اليومية الخاص بها): اختر اسمًا آخر.

# $path (text): the path
files-not_a_file = المسار { $path } مجلد وليس ملفًا: أدخل اسم ملف.

# $path (text): the file
# $reason (text): what the system said
files-io = تعذّرت كتابة { $path }: { $reason }

# $field (text): the folder field
# $path (text): the folder
files-backup_beside_database = المجلد { $path } يحتوي على قاعدة البيانات المفتوحة: احفظ النسخ الاحتياطية في مجلد خاص بها (مجلد فرعي مثل backups، أو قرص آخر).

## recall, count, levels, report, stock, epcis, user, site (api checks before core)

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
recall-gtin_unreadable = «{ $gtin }» ليس رقم GTIN: { $reason }

# $field (text): the scan field
# $reason (text): why the code could not be read
recall-scan_unreadable = تعذّرت قراءة المسح: { $said } امسح العبوة مرة أخرى.

# $field (text): the scan field
# $recall (text): the recall number
recall-scan_not_a_pack = لا يدل هذا الرمز على عبوة واحدة بعينها (ليس فيه رقم GTIN أو رقم تسلسلي): امسح الرمز ثنائي الأبعاد (2D) للعبوة، أو سجّل النتيجة لتشغيلتها أو موقعها في عملية السحب { $recall }.

# $field (text): the scan field
# $gtin (text): the scanned pack's GTIN
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_not_affected = ليست ضمن عملية السحب { $recall }: العبوة { $gtin } ذات الرقم التسلسلي { $serial } غير مشمولة بها. أعِدها إلى مكانها؛ لم يُسجَّل أي شيء.

# $field (text): the outcome field
# $serial (text): the scanned pack's serial
# $recall (text): the recall number
recall-scanned_pack_found = مُسحت العبوة ذات الرقم التسلسلي { $serial } للتو، أي أنه عُثر عليها: اختر ما يؤول إليه أمرها في عملية السحب { $recall } (الإرجاع إلى المورّد أو الإتلاف)، لا «لم يُعثر عليه». لم يُسجَّل أي شيء.

# $field (text): the scan field
# $serial (text): the pack's serial
# $recall (text): the recall number
# $outcome (text): the outcome or status already recorded
recall-pack_resolved = العبوة ذات الرقم التسلسلي { $serial } سُوّي أمرها بالفعل في عملية السحب { $recall } ({ $outcome ->
        [returned_to_supplier] أُعيدت إلى المورّد
        [destroyed] أُتلفت
        [notified] أُبلغ عنها
        [not_found] لم يُعثر عليها
       *[other] { $outcome }
    }): لم يُسجَّل أي شيء مرة أخرى.

# $field (text): the meaning field
# $meaning (text): the meaning given
recall-close_meaning = يُوقَّع إغلاق عملية السحب بصفة «موافقة» أو «مراجعة»، لا { $meaning ->
        [performed] «تنفيذ»
       *[other] { $meaning }
    }.

# $field (text): the meaning field
# $meaning (text): the meaning given
count-apply_meaning = يُوقَّع تطبيق الجرد بصفة «موافقة» أو «مراجعة»، لا { $meaning ->
        [performed] «تنفيذ»
       *[other] { $meaning }
    }.

# $field (text): the file field
# $file (text): the name given
report-file_name = «{ $file }» ليس اسم ملف: أدخل اسمًا مثل stock.pdf، دون مجلدات.

# $field (text): the file field
# $file (text): the name given
report-file_extension = اجعل اسم الملف «{ $file }» ينتهي بالامتداد .pdf (التقرير القابل للطباعة) أو .csv (صفوفه).

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
report-gtin_unreadable = «{ $gtin }» ليس رقم GTIN: { $reason }

# $field (text): the serial field
report-serial_missing = أدخل الرقم التسلسلي للعبوة.

# $title (text): the report
# $reason (text): what failed
report-render_failed = تعذّرت كتابة { $title } في ملف: { $reason }

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
stock-gtin_unreadable = «{ $gtin }» ليس رقم GTIN: { $reason }

# $field (text): the serial field
stock-serial_missing = أدخل الرقم التسلسلي (أو تشغيلة، لعرض سجل التشغيلة).

# $field (text): the lot field
stock-lot_missing = أدخل التشغيلة.

# $field (text): the GTIN field
# $gtin (text): what was given
# $reason (text): why it is not a GTIN
epcis-gtin_unreadable = «{ $gtin }» ليس رقم GTIN: { $reason }

# $field (text): the end date field
epcis-days_reversed = ينتهي التصدير قبل أن يبدأ: اجعل اليوم الأحدث هو الثاني.

# $field (text): the repeated password field
auth-passwords_differ = كلمتا المرور مختلفتان: اكتب كلمة المرور نفسها مرتين.

# $field (text): the username field
master-username_missing = أدخل اسم المستخدم.

# $field (text): the occurred-time field
# $time (text): what was given
movement-occurred_unreadable = «{ $time }» ليس وقتًا: اكتبه بالصيغة 2026-11-20T14:30:00+01:00.

# $field (text): the destination field
# $movement (text): the movement
movement-destination_not_used = { $movement ->
        [receive] الاستلام
        [dispense] الصرف
        [return] تسجيل المرتجعات إلى المخزون
        [destroy] الإتلاف
        [return_to_supplier] الإرجاع إلى المورّد
        [transfer] النقل
        [quarantine] الوضع في الحجر
        [release] الإفراج من الحجر
       *[other] الإجراء { $movement }
    } لا ينقل المخزون إلى موقع آخر: اترك الوجهة فارغة (لا يقبل وجهةً إلا النقل أو الوضع في الحجر أو الإفراج من الحجر).

# $movement (text): the movement
movement-run_override_refused = شاشة المسح تقرأ عمليات المسح بإعدادات الموقع؛ ولا يمكن أن يحمل { $movement ->
        [receive] الاستلام
        [dispense] الصرف
        [return] تسجيل المرتجعات إلى المخزون
        [destroy] الإتلاف
        [return_to_supplier] الإرجاع إلى المورّد
        [transfer] النقل
        [quarantine] الوضع في الحجر
        [release] الإفراج من الحجر
       *[other] الإجراء { $movement }
    } المُجرى منها إعداداتٍ خاصة به (يغيّرها مدير المخزون في الإعدادات).

## Replenishment: who supplies whom, pick lists, supplier orders

# $field (text): the supplying location field
# $supplier (text): the location code given
master-supplier_location_unknown = لا يوجد موقع { $supplier } للتزويد منه: اختر صيدلية أو مستودعًا.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplies_itself = لا يمكن للموقع { $location } أن يزوّد نفسه ({ $supplier }): اختر الصيدلية أو المستودع الذي يعيد تزويده.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
master-supplier_location_inactive = الموقع { $supplier } لم يعد مستخدمًا، لذلك لا يمكنه تزويد { $location }.

# $field (text): the supplying location field
# $location (text): the ward or clinic
# $supplier (text): the location given
# $kind (text): what the location given is (ward, clinic, quarantine)
master-supplier_location_kind = الموقع { $supplier } { $kind ->
        [ward] جناح
        [clinic] عيادة
        [quarantine] منطقة حجر
        [pharmacy] صيدلية
        [store] مستودع
       *[other] من نوع { $kind }
    }: لا يمكن أن يزوّد الموقعَ { $location } إلا صيدليةٌ أو مستودع.

# $field (text): the location field
# $location (text): the location given
# $kind (text): what it is (pharmacy, store, quarantine)
master-supplied_not_ward = الموقع { $location } { $kind ->
        [pharmacy] صيدلية
        [store] مستودع
        [quarantine] منطقة حجر
        [ward] جناح
        [clinic] عيادة
       *[other] من نوع { $kind }
    }: لا يُعاد تزويد موقع من موقع مزوِّد إلا إذا كان جناحًا أو عيادة.

# $field (text): the usual supplier field
# $supplier (text): the partner code given
master-usual_supplier_unknown = لا يوجد مورّد { $supplier }: أضف المورّد أولًا، أو اختر واحدًا من القائمة.

# $reason (text): why the proposal could not be written
replenish-proposal_unwritable = تعذّر حفظ قائمة التجهيز: { $reason }.

# $list (number): the pick list's number
replenish-pick_list_unknown = لا توجد قائمة تجهيز بالرقم { $list }.

# $list (text): the pick list's reference (PICK-n)
replenish-pick_list_replaced = استُبدلت بالقائمة { $list } قائمةُ تجهيز أحدث: جهّز من القائمة الأحدث.

# $field (text): the scan field
# $reason (text): what the decoder found
replenish-pick_unreadable = تتعذّر قراءة هذا المسح: { $reason }. لم يُسجَّل أي شيء.

# $product (text): the product scanned (name or GTIN)
# $list (text): the pick list's reference
replenish-pick_not_on_list = المنتج { $product } ليس في القائمة { $list }: أعِده إلى مكانه. لم يُسجَّل أي شيء.

# $product (text): the product scanned
# $location (text): the ward its line is for
replenish-pick_line_complete = المنتج { $product } المخصص للموقع { $location } جُهّز بالفعل: أعِد هذه العبوة إلى مكانها. لم يُسجَّل أي شيء.

# $product (text): the product whose order line does not fit
replenish-order_total_too_large = إجمالي طلبية المنتج { $product } أكبر من أن يُحسب: تحقّق من سعر العقد ومن المستويات التي تطلبه. لم تُنشأ أي طلبية.

replenish-orders_total_too_large = إجمالي طلبيات اليوم من المورّدين أكبر من أن يُحسب: تحقّق من أسعار العقود والمستويات. لم تُطبع أي طلبية.

# $product (text): the product scanned
# $ward (text): the ward named as being picked for
# $list (text): the pick list's reference
replenish-pick_not_for_ward = المنتج { $product } ليس في القائمة { $list } للجناح { $ward }: أعِده إلى مكانه، أو اختر جناحًا آخر. لم يُسجَّل أي شيء.

# $product (text): the product scanned
# $location (text): where the pack is recorded in stock
# $from (text): the locations the product's open lines are picked from
replenish-pick_not_from_here = هذه العبوة من { $product } مسجّلة في { $location }، لكن بنودها المفتوحة في قائمة التجهيز هذه تُجهَّز من { $from }: لا يمكنها تلبيتها. جهّز من { $from }؛ لم يُسجَّل أي شيء.

# $product (text): the product scanned
# $wards (text): the wards still open for it ("WARD-3A and WARD-4B")
replenish-pick_choose_ward = المنتج { $product } مدرج في قائمة التجهيز هذه للأجنحة { $wards }: اختر الجناح الذي تجهّز له. لم يُسجَّل أي شيء.

# $product (text): the product scanned
# $expiry (text): its expiry date
replenish-pick_expired = انتهت صلاحية هذه العبوة من { $product } في { $expiry }: لا ترسلها إلى أي جناح أبدًا. ضعها جانبًا؛ لم يُسجَّل أي شيء.

# $field (text): the quantity field
# $quantity (number): the quantity scanned
# $left (number): what the line still wants
# $product (text): the product
replenish-pick_more_than_wanted = الكمية { $quantity } من { $product } أكثر من الكمية المتبقية للتجهيز ({ $left }): أدخل { $left } على الأكثر.

## national: the national verification systems (EU NMVS, US VRS)

# $field (text): the setting at fault
# $check (text): the word given
national-check_invalid = «{ $check }» ليس موعدًا للتحقق: اختر off أو at_dispense أو at_receipt أو decommission_at_receipt.

# $field (text): the setting at fault
# $market (text): the market given
national-market_invalid = «{ $market }» ليس نظامًا وطنيًا: اكتب US، أو EU- متبوعًا برمز البلد بحرفين كبيرين (EU-DE).

# $field (text): the setting at fault
# $check (text): the moment chosen
national-market_missing = للتحقق { $check }، اختر أولًا النظام الوطني الذي يتبعه الموقع.

# $field (text): the setting at fault
# $market (text): the market chosen
national-dispense_needs_eu = { $market } لا يقبل إلغاء التفعيل: وحده موقع في الاتحاد الأوروبي يلغي التفعيل، عند الصرف أو عند الاستلام. اختر at_receipt أو off.

# $id (number): the request
national-request_not_waiting = طلب التحقق { $id } لم يعد في الانتظار: سبق أن وصل رده، أو لا وجود له.

# $id (number): the request
national-request_not_failed = طلب التحقق { $id } لم يفشل، فلا شيء لإعادة المحاولة: لا يُعاد إلى الطابور إلا طلب مرفوض، بعد إصلاح سبب رفضه.

# $id (number): the failed request
# $later (number): the request queued after it
national-retry_queued = لا يُعاد طلب التحقق { $id } إلى الطابور: الطلب { $later } للعبوة نفسها أُدرج بعده ويحل محله (إلغاء تفعيل ثانٍ سيثير تنبيه تزوير).

# $id (number): the failed request
# $standing (number): the earlier decommission that still stands
national-retry_decommission_stands = لا يُعاد طلب التحقق { $id } إلى الطابور: إلغاء تفعيل العبوة { $standing } ما زال قائمًا لدى النظام الوطني (لم يمرّ التراجع عنه)، وإلغاء تفعيل ثانٍ سيثير تنبيه تزوير. تراجع عن الأول أولًا ثم أعد المحاولة.

# $field (text): the setting at fault
# $hours (number): the hours given
# $max (number): the longest window
national-window_invalid = { $hours } ساعة ليست مهلة لإلغاء التفعيل: اختر من 1 إلى { $max } ساعة.

# $path (text): the file
# $reason (text): what is wrong, and where
national-config_invalid = ملف الأنظمة الوطنية { $path } غير صالح للاستعمال: { $reason }. لم يُرسل شيء؛ ينتظر الطابور إلى أن يُصلح الملف.

# $path (text): the lock file
# $reason (text): why
national-drainer_running = نسخة أخرى من Custody (التطبيق أو سطر الأوامر) ترسل بالفعل طلبات التحقق لقاعدة البيانات هذه: { $reason } ({ $path }). ترسل نسخة واحدة فقط في كل مرة، حتى لا يُرسل أي طلب مرتين.

# $path (text): the lock file, or the database
# $reason (text): why
national-drainer_unavailable = تعذّر إرسال طلبات التحقق لقاعدة البيانات هذه: { $reason } ({ $path }). تنتظر في الطابور.

# $path (text): the file looked for
# $reason (text): why
national-not_configured = لا يوجد نظام وطني مُعدّ لقاعدة البيانات هذه: { $path } ({ $reason }). تنتظر الطلبات في الطابور؛ شكل الملف مشروح في README تحت «National verification».

# $serial (text): the pack's serial
national-pack_state_unreadable = تعذرت قراءة حالة العبوة { $serial }، فلم يتمكن التنبيه من حجزها. شغّل custody verify.

## sync: the site's side of the hospital network

# $seq (number): the event
# $detail (text): what does not match
sync-ledger_changed = غُيّر الحدث { $seq } في هذا السجل بعد تسجيله ({ $detail })، لذلك لا يُرسَل إلى الخادم المركزي. شغّل الأمر custody verify واتصل بمسؤول الخادم المركزي.

# $seq (number): the position asked for
sync-no_such_event = لا يحتوي سجل هذا الموقع على الحدث { $seq }.

sync-no_site = لا يوجد في قاعدة البيانات هذه موقع بعد: أعِدّه قبل أن ينضم إلى الشبكة.

# $hub (text): the hub the site is enrolled with
sync-already_enrolled = هذا الموقع مسجّل بالفعل لدى الخادم المركزي على { $hub }. لإعادة التسجيل (بعد أن يحل مسؤول الخادم المركزي تفرّعًا، أو للانتقال إلى خادم مركزي آخر)، صرّح بذلك: custody sync enrol --re-enrol.

sync-not_enrolled = هذا الموقع غير مسجّل لدى أي خادم مركزي: يسجّله المسؤول بالرمز الذي يعطيه مسؤول الخادم المركزي (custody sync enrol).

# $state (text): the state given
sync-not_a_refusal = الحالة { $state } ليست حالة يرفض بها الخادم المركزي.

# $url (text): the address tried
# $detail (text): what the network said
sync-hub_unreachable = تعذّر الوصول إلى الخادم المركزي على { $url } ({ $detail }). تحقّق من العنوان والشبكة، ثم حاول مجددًا.

# $site (text): this database's site code
sync-enrolment_code_refused = لم يقبل الخادم المركزي رمز التسجيل هذا: فهو غير معروف، أو مستخدم، أو منتهي الصلاحية، أو مخصص لموقع غير موقع قاعدة البيانات هذه، { $site }. اطلب من مسؤول الخادم المركزي رمزًا للموقع { $site } (custody-hub site code { $site }).

# $url (text): the address asked
# $code (text): the hub's refusal code
# $detail (text): the hub's refusal in words
sync-hub_refused = رفض الخادم المركزي الطلب ({ $url }، { $code }): { $detail }.

# $url (text): the address asked
# $status (number): the HTTP status of the answer
# $detail (text): what was wrong with the answer
sync-hub_answer = الرد من { $url } (الحالة { $status }) لا يتبع بروتوكول الشبكة ({ $detail }): تحقّق من أن العنوان هو عنوان الخادم المركزي.

# $field (text): the hub address field
# $hub (text): what was given
sync-bad_hub_address = القيمة { $hub } ليست عنوان خادم مركزي: أدخله بالصيغة https://host:port (أو http:// على شبكة تثق بها).

# $url (text): the address tried
# $detail (text): what the TLS library said of the hub's certificate
sync-hub_untrusted = قدّم الخادم المركزي على { $url } شهادة لا يثق بها هذا الموقع ({ $detail }). إذا كان الخادم المركزي يستخدم جهة الشهادات الخاصة بالمستشفى، فاضبط CUSTODY_HUB_CA على شهادة تلك الجهة (ملف PEM)؛ وإلا فاتصل بمسؤول الخادم المركزي: فقد لا يكون هذا هو الخادم المركزي.

# $path (text): the CA file named by CUSTODY_HUB_CA
# $why (text): what is wrong with it
sync-hub_ca_unusable = لا يمكن استخدام ملف CA الخاص بالخادم المركزي { $path } (المحدد في CUSTODY_HUB_CA): { $why }.

# $detail (text): what the system said
sync-key_not_made = تعذّر إنشاء مفتاح التوقيع الخاص بالموقع ({ $detail }).

# $cursor (number): where the site's pull cursor stands
# $after (number): where the page was pulled from
sync-pull_moved = جُلبت تغييرات الخادم المركزي ابتداءً من { $after }، لكن هذا الموقع أخذها بالفعل حتى { $cursor } (جرت عملية جلب أخرى في الوقت نفسه): لم يُطبَّق أي شيء؛ أعِد الجلب.

# $detail (text): what the site cannot take, and where
sync-feed_invalid = أرسل الخادم المركزي تغييرًا لا يستطيع هذا الموقع قبوله ({ $detail }): لم يُطبَّق أي شيء من الصفحة. اتصل بمسؤول الخادم المركزي.

# $seq (number): the first event the hub sent back
# $expected (number): this ledger's next event
sync-restore_not_next = أعاد الخادم المركزي أحداثًا ابتداءً من { $seq }، لكن الحدث التالي في هذا السجل هو { $expected }: لم يُكتب أي شيء. شغّل custody sync restore مرة أخرى.

# $detail (text): what does not check, naming the event
sync-restore_bad_chain = الأحداث التي أعادها الخادم المركزي لا تتصل بآخر حدث في هذا السجل ({ $detail }): لم يُكتب أي شيء. اتصل بمسؤول الخادم المركزي.

# $seq (number): the event pulled back
# $kind (text): product, location, partner or user
# $key (text): the GTIN, code or username the event names
sync-restore_unknown_key = الحدث { $seq } من الخادم المركزي يذكر { $kind ->
        [product] المنتج
        [location] الموقع
        [partner] الشريك
        [user] المستخدم
       *[other] { $kind }
    } { $key }، وهو غير موجود في ملف هذا الموقع: لم يُكتب أي شيء. أعِد { $kind ->
        [product] المنتج
        [location] الموقع
        [partner] الشريك
        [user] المستخدم
       *[other] { $kind }
    } كما كان لدى الموقع حين سجّل ذلك الحدث، ثم شغّل custody sync restore مرة أخرى.

# $seq (number): the event pulled back
# $what (text): the field
# $detail (text): what it holds, or why it does not read
sync-restore_unreadable = الحدث { $seq } من الخادم المركزي يحتوي على حقل { $what } لا يقرؤه هذا الإصدار من Custody ({ $detail }): لم يُكتب أي شيء. حدّث Custody، ثم شغّل custody sync restore مرة أخرى.

# $user (text): the administrator's username
sync-rebuild_admin_not_on_ledger = سجل الموقع لا يجعل { $user } مسؤولًا نشطًا فيه: يعيد بناءَ الموقع المفقود أحدُ مسؤوليه، باسم المستخدم الذي يذكره سجله. أُزيلت قاعدة البيانات الجديدة؛ اطلب من مسؤول الخادم المركزي رمزًا جديدًا يُستخدم مرة واحدة.

sync-rebuild_not_empty = لا يُعاد بناء الموقع من الخادم المركزي إلا في قاعدة بيانات جديدة فارغة: اختر ملفًا غير موجود بعد.

# $message (text): why the rebuild stopped
sync-rebuild_incomplete = تعذّرت إعادة بناء الموقع من الخادم المركزي ({ $message }): أُزيلت قاعدة البيانات الجديدة. اطلب من مسؤول الخادم المركزي رمزًا جديدًا يُستخدم مرة واحدة (custody-hub site code) ثم حاول مجددًا.

## i18n: the languages Custody speaks

# $field (text): the language field
# $language (text): the tag asked for
# $languages (text): the tags Custody speaks
auth-language_unknown = لا يتحدث Custody اللغة { $language }: اختر إحدى اللغات { $languages }.

## verdict: what a scan found
#
# ما وجده المسح (الحكم، والملاحظات، وجواب مسح الجرد): الحالات ([in_stock]، [quarantined]، …)
# والحركات ([receive]، [dispense]، …) وفئات السحب ([withdrawal]) تصل رموزًا وتُقال هنا بالكلمات.
# العبوة مؤنثة: تتفق الحالات معها. الأعداد تُذكر بصيغة لا تحتاج إلى مطابقة ("العدد: { $packs }")
# إلا حيث يُصرَّف الاسم بفئات الجمع العربية.

# Nothing was found and nothing recorded.
verdict-ok = مقبول.

# $product (text): the product's name
# $movement (text): the movement recorded (receive, dispense, transfer, return, quarantine, release, destroy, return_to_supplier)
verdict-recorded = { $product }: تم تسجيل { $movement ->
        [receive] الاستلام
        [dispense] الصرف
        [transfer] النقل
        [return] الإعادة إلى المخزون
        [quarantine] الوضع في الحجر
        [release] الإفراج
        [destroy] الإتلاف
        [return_to_supplier] الإرجاع إلى المورّد
       *[other] { $movement }
    }.

# Said after the finding that held the pack.
verdict-held = وُضعت في الحجر.

# Said after the finding that held the pack.
# $location (text): the quarantine location's code
verdict-held-at = وُضعت في الحجر ({ $location }).

# The decoder's own sentence (a "scan.decode." code above), said in the session's language.
# $reason (text): why the decoder refused the scan (given as its code and arguments)
verdict-decode_error = { $reason }

# $gtin (text): the GTIN scanned
verdict-unknown_product = الرقم GTIN { $gtin } غير موجود في قائمة المنتجات. أضف المنتج، ثم امسح العبوة مرة أخرى.

# $pzn (text): the PZN scanned (German national code)
verdict-unknown_product-pzn = الرقم PZN { $pzn } غير موجود في قائمة المنتجات. أضف المنتج، ثم امسح العبوة مرة أخرى.

# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator = قيمة المعرّف AI ({ $ai }) «{ $value }» تحتوي على «{ $rest }…»، وقد يكون ذلك المعرّف AI ({ $embedded }) ملتصقًا بها: ربما أسقط الماسح فاصل مجموعة. تحقّق من النص المطبوع على العبوة.

# $product (text): the product's name
# $ai (text): the AI whose value looks too long
# $value (text): its value
# $rest (text): the part of the value that looks like another AI and its value
# $embedded (text): that other AI
verdict-possible_missing_separator-no_serial = المنتج { $product } مُسلسَل، لكن هذا المسح لا يحتوي على رقم تسلسلي. قيمة المعرّف AI ({ $ai }) «{ $value }» تحتوي على «{ $rest }…»، وقد يكون ذلك المعرّف AI ({ $embedded }) ملتصقًا بها: ربما أسقط الماسح فاصل مجموعة. تحقّق من النص المطبوع على العبوة.

# $product (text): the product's name
verdict-missing_serial = المنتج { $product } مُسلسَل: امسح الرمز ثنائي الأبعاد (Data Matrix) على العبوة، لا الباركود الخطي.

# $product (text): the product's name
verdict-missing_lot = يُتتبَّع المنتج { $product } بالتشغيلة: امسح رمزًا يحمل التشغيلة، أو أدخلها.

# $lot (text): the lot
# $recorded (text): the expiry recorded for the lot
# $scanned (text): the expiry the pack's code gives
verdict-expiry_mismatch = سُجّلت التشغيلة { $lot } بتاريخ انتهاء صلاحية { $recorded }، لكن هذه العبوة تذكر { $scanned }: قد تكون العبوة مزيّفة. ضعها جانبًا لمسؤول الجودة.

# $serial (text): the pack's serial number
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled = العبوة { $serial } مشمولة بالسحب { $recall } ({ $class ->
        [withdrawal] سحب من السوق
       *[other] الفئة { $class }
    }): لا تستخدمها. ضعها جانبًا في الحجر لمسؤول الجودة.

# $lot (text): the lot
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-recalled-lot = التشغيلة { $lot } مشمولة بالسحب { $recall } ({ $class ->
        [withdrawal] سحب من السوق
       *[other] الفئة { $class }
    }): لا تستخدمها. ضعها جانبًا في الحجر لمسؤول الجودة.

# $expiry (text): the expiry date
verdict-expired = انتهت الصلاحية في { $expiry }. لا تستخدمه؛ ضعه في الحجر أو أتلفه.

# $expiry (text): the expiry date
# $days (number): days from today to the expiry
verdict-short_dated = قريب انتهاء الصلاحية: تنتهي صلاحيته في { $expiry } ({ $days ->
        [zero] اليوم
        [one] بعد يوم واحد
        [two] بعد يومين
        [few] بعد { $days } أيام
        [many] بعد { $days } يومًا
       *[other] بعد { $days } يوم
    }).

# A receipt of a pack already held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial = العبوة { $serial } موجودة أصلًا { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }{ $located ->
        [yes] {" "}في الموقع { $location }
       *[no] {""}
    }: هذه عبوة مكررة أو مستنسخة. ضعها جانبًا لمسؤول الجودة.

# A ward return of a pack still held here.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-duplicate_serial-return = العبوة { $serial } موجودة أصلًا { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }{ $located ->
        [yes] {" "}في الموقع { $location }
       *[no] {""}
    }: لا يمكن إعادتها مرة أخرى.

# A receipt of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned = العبوة { $serial } سبق أن كانت { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }: لا يمكن أن تعود عبوة إلى الداخل. قد تكون مُعاد استخدامها أو مستنسخة؛ ضعها جانبًا لمسؤول الجودة.

# A ward return of a pack destroyed or sent back.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-already_decommissioned-return = العبوة { $serial } كانت { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }: لا يمكن إعادتها إلى المخزون.

# Any other movement of a pack that has left the site.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $movement (text): the movement asked for (dispense, transfer, quarantine, destroy, return_to_supplier)
verdict-already_decommissioned-again = العبوة { $serial } سبق أن كانت { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }: لا يمكن { $movement ->
        [receive] استلامها
        [dispense] صرفها
        [transfer] نقلها
        [return] إعادتها إلى المخزون
        [quarantine] وضعها في الحجر
        [release] الإفراج عنها
        [destroy] إتلافها
        [return_to_supplier] إرجاعها إلى المورّد
       *[other] { $movement }
    } مرة أخرى. قد تكون مُعاد استخدامها أو مستنسخة؛ ضعها جانبًا لمسؤول الجودة.

# A dispense of a pack the national system holds as taken out of the supply chain for another reason than a supply.
# $serial (text): the pack's serial number
# $reason (text): the decommission's reason (stolen, sample, free_sample, destroyed, exported, locked)
verdict-already_decommissioned-nationally = العبوة { $serial } موقوفة في النظام الوطني بوصفها { $reason ->
        [stolen] مسروقة
        [sample] عينة للسلطات
        [free_sample] عينة مجانية
        [destroyed] متلفة
        [exported] مصدّرة
        [locked] مقفلة
       *[other] { $reason }
    }: لا يجوز صرفها. ضعها في الحجر بوصفها مشتبهاً بها وأبلغ ضمان الجودة.

# A receipt of a pack a count recorded missing.
# $serial (text): the pack's serial number
verdict-not_in_stock-missing = سُجّلت العبوة { $serial } مفقودة في جرد؛ ويجري استلامها من جديد.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-not_in_stock = العبوة { $serial } ليست في المخزون هنا (هي { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }).

# $serial (text): the pack's serial number
verdict-not_in_stock-never_received = لم تُستلَم العبوة { $serial } هنا قط. استلمها أولًا، أو ضعها جانبًا إن لم يكن مكانها هنا.

# A release of a pack that is not in quarantine.
# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-not_quarantined = العبوة { $serial } { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }{ $located ->
        [yes] {" "}في الموقع { $location }
       *[no] {""}
    }، وليست في الحجر.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-quarantined = العبوة { $serial } في الحجر{ $located ->
        [yes] {" "}في الموقع { $location }
       *[no] {""}
    }: لا يجوز استخدامها.

# $serial (text): the pack's serial number
# $located (text): yes when the pack is recorded at a location, else no
# $location (text): that location's code (empty when none)
verdict-wrong_location = العبوة { $serial } مسجّلة{ $located ->
        [yes] {" "}في الموقع { $location }
       *[no] {""}
    }، لا هنا. انقلها أولًا بعملية نقل، أو تجاوز الحظر إن كان السجل خاطئًا.

# $serial (text): the pack's serial number
verdict-already_scanned = مُسحت من قبل: سُجّلت العبوة { $serial } للتو وتُحتسب مرة واحدة. لم يُسجَّل شيء آخر.

# $serial (text): the pack's serial number (empty for a lot-tracked pack)
verdict-tamper_broken = جهاز منع العبث في العبوة { $serial } مكسور: لا تُصرف. العبوة المحفوظة هنا توضع في الحجر الصحي بوصفها مشبوهة؛ سلّمها لضمان الجودة.

# Said after a return is recorded.
# $serial (text): the pack's serial number
# $days (number): the days after a decommission its undo is allowed
verdict-undo_too_late = أُلغي تفعيل العبوة { $serial } في النظام الوطني منذ أكثر من { $days } أيام: لم يعد النظام الوطني يقبل التراجع عنه، فتبقى ملغاة التفعيل هناك. عادت إلى المخزون هنا، ولن يُلغى تفعيلها مرة ثانية.

# $have (number): how many of the lot there are
# $lot (text): the lot
# $status (text): the stock asked about (in_stock, or quarantined for a release)
# $location (text): the location's code
# $quantity (number): how many were asked for
verdict-insufficient_quantity = الكمية المتوفرة من التشغيلة { $lot } { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    } في الموقع { $location } هي { $have } فقط؛ والكمية المطلوبة { $quantity }.

# $packs (number): expired packs (or lot quantity) still on the shelf
# $location (text): the location's code
# $oldest (text): the oldest expiry among them
verdict-expired_on_shelf = ما زالت عبوات منتهية الصلاحية من هذا المنتج على الرف في الموقع { $location } (العدد: { $packs }؛ أقدم تاريخ انتهاء: { $oldest }): ضعها في الحجر.

# Asked before a dispense out of first-expiry order.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo = توجد في الموقع { $location } عبوة من هذا المنتج تنتهي صلاحيتها قبل هذه: التشغيلة { $has_lot ->
        [yes] { $lot }
       *[no] بلا تشغيلة
    }، تاريخ الانتهاء { $expiry } (عدد العبوات التي تنتهي صلاحيتها قبلها: { $packs }). امسح هذه العبوة مرة أخرى أو اضغط Enter لصرفها على أي حال؛ وإلا فامسح العبوة الأقدم.

# The person's answer to verdict-fefo, kept with the dispense.
# $location (text): the location's code
# $has_lot (text): yes when the earliest pack has a lot, else no
# $lot (text): its lot (empty when none)
# $expiry (text): its expiry
# $packs (number): packs that expire earlier
verdict-fefo-confirmed = صُرفت قبل عبوة تنتهي صلاحيتها أبكر في الموقع { $location } (التشغيلة { $has_lot ->
        [yes] { $lot }
       *[no] بلا تشغيلة
    }، تاريخ الانتهاء { $expiry }؛ عدد العبوات: { $packs }): باختيار المشغّل.

# $serial (text): the pack's serial number
verdict-unexpected = غير مدرجة في الشحنة المتوقعة: تُستلَم العبوة { $serial }، لكن تحقّق منها مع المورّد.

verdict-unexpected-lot = غير مدرجة في الشحنة المتوقعة: تُستلَم هذه التشغيلة، لكن تحقّق منها مع المورّد.

# $listed (number): how many more of the lot the despatch advice lists
# $lot (text): the lot
# $quantity (number): how many are received
# $over (number): how many are over
verdict-unexpected-over = يذكر إشعار الشحن { $listed } أخرى من التشغيلة { $lot }؛ والمستلَم { $quantity }: تُسجَّل الزيادة ({ $over }) على أنها غير متوقعة.

# $listed_lot (text): the lot the despatch advice gives ("-" for none)
# $listed_expiry (text): the expiry it gives ("-" for none)
# $lot (text): the lot the pack gives ("-" for none)
# $expiry (text): the expiry the pack gives ("-" for none)
verdict-differs_from_advice = يذكر إشعار الشحن هذه العبوة بالتشغيلة { $listed_lot } وتاريخ الانتهاء { $listed_expiry }، لكن العبوة تذكر التشغيلة { $lot } وتاريخ الانتهاء { $expiry }: استُلمت دون مطابقة.

# $supplier (text): the supplier's name
# $cost (text): the unit cost charged, with two decimals
# $contract (text): the contract price, with two decimals
verdict-price_above_contract = فوترت الجهة { $supplier } مبلغ { $cost } مقابل سعر تعاقدي قدره { $contract }.

# $product (text): the product's name
verdict-count-missing_serial = المنتج { $product } مُسلسَل وهذا الرمز بلا رقم تسلسلي (باركود خطي؟): امسح الرمز ثنائي الأبعاد على العبوة لجردها.

# $product (text): the product's name
verdict-count-missing_lot = يُجرد المنتج { $product } بالتشغيلة وهذا الرمز بلا تشغيلة: امسح رمزًا يحمل التشغيلة.

# $product (text): the product's name
# $lot (text): the lot
# $total (number): counted so far of the lot
verdict-count-quantity_needed = { $product } التشغيلة { $lot }: كم العدد؟ (المجرود حتى الآن: { $total }.)

verdict-count-no_product = هذا الرمز لا يدل على أي منتج (ملصق شحن، لا عبوة): امسح الرمز الخاص بالعبوة نفسها.

verdict-count-unknown_product = هذا المنتج غير موجود في قائمة المنتجات؛ ضع العبوة جانبًا وأضف المنتج.

# $product (text): the product's name
verdict-count-not_in_count = المنتج { $product } ليس جزءًا من هذا الجرد.

# $product (text): the product's name
# $lot (text): the lot
# $quantity (number): how many this scan counts
# $total (number): counted so far of the lot
verdict-count-lot_counted = { $product } التشغيلة { $lot }: جُرد { $quantity }، والمجموع حتى الآن { $total }.

# $serial (text): the pack's serial number
verdict-count-already_counted = جُردت العبوة { $serial } من قبل: تُحتسب مرة واحدة.

# $product (text): the product's name
verdict-count-counted = { $product }: جُردت.

# $product (text): the product's name
verdict-count-counted-arrived_since = { $product }: جُردت (وصلت بعد بدء الجرد).

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
# $location (text): where the ledger has it (a location's code, or ?)
verdict-count-elsewhere = العبوة { $serial } مسجّلة { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    } في الموقع { $location }: جُردت هنا؛ وسينقلها الجرد.

# $serial (text): the pack's serial number
# $status (text): its status (in_stock, quarantined, dispensed, transferred_out, returned_to_supplier, destroyed, missing)
verdict-count-wrong_status = العبوة { $serial } مسجّلة { $status ->
        [in_stock] في المخزون
        [quarantined] في الحجر
        [dispensed] مصروفة
        [transferred_out] منقولة إلى خارج الموقع
        [returned_to_supplier] مُرجَعة إلى المورّد
        [destroyed] مُتلَفة
        [missing] مفقودة
       *[other] { $status }
    }: لا ينبغي أن تكون على رف. ضعها جانبًا لمسؤول الجودة.

# $serial (text): the pack's serial number
verdict-count-not_received = لم تُستلَم العبوة { $serial } هنا قط: ضعها جانبًا لمسؤول الجودة؛ وعند تطبيق الجرد ستوضع في الحجر بوصفها مشتبهًا بها.

# Said after the count scan's answer.
# $recall (text): the recall's number
# $class (text): its class (I, II, III or withdrawal)
verdict-count-set_aside-recalled = مشمولة بالسحب ({ $recall }، { $class ->
        [withdrawal] سحب من السوق
       *[other] الفئة { $class }
    }): ضعها جانبًا.

# Said after the count scan's answer.
# $expiry (text): the expiry date
verdict-count-set_aside-expired = انتهت صلاحيتها في { $expiry }: ضعها جانبًا.

# Prices where they arrive (issue #23, contract prices per supplier, unit costs at receipt).

# $field (text): the price field at fault
# $value (text): the price as given
master-price_unreadable = «{ $value }» ليس سعرًا: اكتبه بنقطة قبل الكسور العشرية، مثل 12.50.

# $field (text): the price field at fault
# $value (text): the price as given
master-price_below_zero = { $value } سالب: السعر صفر أو أكثر.

# $field (text): the price field at fault
# $value (text): the price as given
# $decimals (number): how many decimals the site's currency is written with
master-price_decimals = في { $value } خانات عشرية أكثر من اللازم: يُكتب السعر بعملة الموقع { $decimals ->
        [0] بلا خانات عشرية
        [1] بخانة عشرية واحدة
       *[other] بعدد { $decimals } من الخانات العشرية
    }.

# $field (text): the price field at fault
# $value (text): the price as given
# $currency (text): the site's currency (ISO 4217 code)
master-price_below_hundredths = { $value }: يحفظ Custody الأسعار إلى جزء من مئة من { $currency }، لذا يجب أن تكون الخانة العشرية الثالثة 0.

# $field (text): the price field at fault
# $max (number): the highest price allowed, in whole currency units
master-price_above_max = السعر أعلى من { $max } للعبوة الواحدة: تحقّق من الرقم (فهو بوحدة العملة، لا بأجزاء المئة).

# $field (text): the first-day field at fault
# $value (text): the day as given
master-valid_from_unreadable = «{ $value }» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثل 2026-12-01.
