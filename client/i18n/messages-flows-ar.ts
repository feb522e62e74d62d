// The interface's Arabic text of the Talent flows tab, the company dashboard and a flow's details (messages-ar.ts
// spreads it into AR).
import type { MessageKey } from './messages-en.js';

export const FLOWS_AR: Partial<Record<MessageKey, string>> = {
  dashboardExportHint: 'تُصدَّر رسوم اللوحة وجدولها من اللوحة نفسها؛ وهنا رابطها.',
  dashboardOpen: 'لوحة الشركة: التعيينات والمغادرات',
  dashboardPick: 'اختر مؤسسة أعلاه، أو افتح تفاصيل مؤسسة واختر «لوحة الشركة»، لترى تعييناتها ومغادراتها.',
  dashboardOrgPicker: 'المؤسسة',
  dashboardOrgPickerHint: 'ابحث عن مؤسسة…',
  dashboardOrgPickerNone: 'لا مؤسسة تطابق «{q}»',
  dashboardTitle: 'التعيينات والمغادرات: {org}',
  dashboardInterval: 'الفترة',
  dashboardBenchmark: 'للمقارنة',
  dashboardNoBenchmark: 'لا شيء',
  dashboardReset: 'العودة إلى الأعمدة السنوية، بلا مقارنة، والأقسام مدمجة',
  dashboardDivisions: 'الأقسام منفصلة',
  dashboardSources: 'قدموا من',
  dashboardDestinations: 'انتقلوا إلى',
  dashboardSankey: 'التدفقات مع أبرز الجهات',
  dashboardSankeyNone:
    'لا تُرسم إلا المؤسسة: لا انتقال مؤرَّخ بالاسم في هذه الفترة يذكر من أين قدم صاحبه أو إلى أين انتقل. والانتقالات التي لا يؤرّخها أي مصدر محسوبة على حدة، تحت الأعمدة وبجانب جهتها في القائمتين أعلاه.',
  dashboardUndated:
    'بلا تاريخ، بالأسماء: {hires}{hiresImplied}، {departures}{departuresImplied} — لا يذكر أي مصدر تاريخها.',
  dashboardImprecise:
    'مؤرَّخة بدقة أقل من الفترة، بالأسماء: {hires}{hiresImplied}، {departures}{departuresImplied}.',
  dashboardApartReported: ' وفي التقارير، بلا أسماء: {hires}{hiresImplied}، {departures}{departuresImplied}.',
  dashboardApartUnquantified: ' تقارير لا تذكر عددًا: {n}.',
  dashboardImpliedOf: ' ({n} ضمني)',
  dashboardRankedUndated: '+{n} بلا تاريخ',
  dashboardRankedUndatedTitle: 'انتقالات بالأسماء لا يذكر أي مصدر تاريخها: محسوبة هنا، على حدة عن الأعمدة.',
  dashboardRankedUnquantifiedTitle: 'لا تذكر التقارير عددًا.',
  dashboardSourcesUnknown: 'تذكر المصادر تعيينات في {org}، لكن لا يذكر أيٌّ منها من أين قدم أصحابها.',
  dashboardSourcesOutside: 'لا يقع أي تعيين في {org} في هذه الفترة؛ التعيينات المذكورة خارجها.',
  dashboardSourcesNone: 'لا يذكر أي مصدر هنا أحدًا انضم إلى {org}.',
  dashboardDestinationsUnknown: 'تذكر المصادر مغادرات من {org}، لكن لا يذكر أيٌّ منها إلى أين انتقل أصحابها.',
  dashboardDestinationsOutside: 'لا تقع أي مغادرة من {org} في هذه الفترة؛ المغادرات المذكورة خارجها.',
  dashboardDestinationsNone: 'لا يذكر أي مصدر هنا أحدًا غادر {org}.',
  dashboardPeopleTitle: '{what} — {period}',
  dashboardNoPeople: 'لا أسماء هنا؛ الأرقام مصدرها التقارير.',
  dashboardClose: 'إغلاق',
  dashboardHire: 'تعيين',
  dashboardNumbers: 'الأرقام فترةً فترة',
  dashboardDeparture: 'مغادرة',
  dashboardInfo: 'كيف يُحسب هذا؟',
  dashboardReportLine: '{count} مُبلَّغ عنهم ({qualifier})، {certainty}',
  // A report that qualifies its count with nothing (no empty brackets).
  dashboardReportLineBare: '{count} مُبلَّغ عنهم، {certainty}',
  flowPartOf: 'أقسام محتسبة هنا',
  flowAllTime:
    'كل الأوقات: تعدّ هذه القائمة كل انتقالات هذه التدفّقات؛ أمّا الشبكة المرسومة وتبويب «تدفّق الكفاءات» فيعدّان انتقالات النطاق الزمني.',
  flowAllTimeUncounted:
    'كل الأوقات: تعدّ هذه الأعداد كل انتقالات هذا التدفّق؛ تعذّر هنا عدّ انتقالات النطاق الزمني (يعدّ تبويب «تدفّق الكفاءات» التدفّقات التي يخزّنها الخادم).',
  flowIncludesDrawnDivisions:
    'تشمل هذه الأعداد انتقالات أقسام الجهة وتقاريرها أيضًا، فبعض هؤلاء الأشخاص محسوبون كذلك في تدفّقات الأقسام المرسومة هنا (فلا تجمع أعدادها):',
  flowCountedInDrawnParent:
    'يُحسب أشخاصه وتقاريره مرة أخرى في تدفّق الجهة الأم المرسوم هنا أيضًا (فلا تجمع العددين):',
  flowInWindow: 'في النطاق الزمني ({window}):',
  flowWindowPending: 'في النطاق الزمني ({window}): جارٍ العدّ…',
  flowNothingInWindow: 'لا شيء من هذا التدفّق في النطاق الزمني ({window})، فلا يُرسم.',
  flowAllTimeBelow: 'كل الأوقات، فيما يلي: تعدّ هذه الأعداد والأسماء كل انتقالات هذا التدفّق.',
  flowOutdated:
    'اشتُقّ هذا التدفّق بقواعد إصدار أقدم: قد تختلف انتقالاته وتواريخه ودرجة يقينها عمّا في المسارات المهنية (الأمر \u2068npm run seed -- --derive\u2069، والمستكشف متوقّف، يشتقّه من جديد).',
  flowSourcesAllTime:
    'مصادر كل الأوقات: يذكر هذا التدفّق لانتقالاته بالاسم مصادر كل انتقالاته، لا مصادر ما وقع منها في النطاق الزمني وحده (اشتُقّ بإصدار أقدم؛ الأمر \u2068npm run seed -- --derive\u2069، والمستكشف متوقّف، يحصرها فيه).',
  flowImpliedBecause: 'بناءً على: {facts}',
  flowDivisions: 'عرض الأقسام',
  flowDivisionsHint: 'الأقسام (مثل FAIR) مدمجة في الجهة الأم؛ افتحها لترى تدفّقاتها.',
  flowsDeriving:
    'يُعاد اشتقاق تدفّقات الكفاءات بعد تغيير في البيانات: المعروضة هنا من قبله، وتُحمَّل الجديدة حين تجهز.',
  flowsDerivationFailed:
    'لم يكتمل اشتقاق تدفّقات الكفاءات من جديد بعد تغيير في البيانات (سجلّ الخادم يذكر السبب): قد تكون المعروضة هنا من قبله. الأمر \u2068npm run seed -- --derive\u2069، والمستكشف متوقّف، يشتقّها.',
  flowsTitle: 'المؤسسات ومن انتقل بينها (عرض الخط = عدد الأشخاص)',
  flowsLoading: 'جارٍ تحميل تدفّقات الكفاءات…',
  flowsEmpty: 'لا تدفّقات مسجّلة.',
  flowsEmptyWindow: 'لا تدفّقات في هذه الفترة الزمنية.',
  flowsEmptyWindowUnread:
    'لا انتقال في هذه الفترة بين أكبر التدفّقات المقروءة؛ لم يُقرأ {n} (على مرّ الزمن) وقد يكون في أيٍّ منها انتقال: ضيّق الفترة أو استخدم البحث.',
  flowsCount: 'حُمِّلت {shown} من {total}، الأكبر أولًا.',
  flowsCountWindow: 'حُمِّلت {shown} من {total} في هذه الفترة، الأكبر فيها أولًا.',
  flowsCountWindowEstimated:
    'حُمِّلت {shown} من {total} على الأكثر في هذه الفترة، الأكبر على مرّ الزمن أولًا (تدفّقات اشتُقّت دون تواريخ الانتقالات؛ الأمر \u2068npm run seed -- --derive\u2069، والمستكشف متوقّف، يؤرّخها).',
  flowsSourcesAllTime:
    'بعض التدفّقات تذكر مصادر كل انتقالاتها بالاسم، لا مصادر ما وقع منها في هذا النطاق الزمني وحده (اشتُقّت بإصدار أقدم؛ الأمر \u2068npm run seed -- --derive\u2069، والمستكشف متوقّف، يحصرها فيه).',
  flowsOutdated:
    'بعض التدفّقات اشتُقّت بقواعد إصدار أقدم (قد تختلف انتقالاتها وتواريخها ودرجة يقينها عمّا في المسارات المهنية؛ الأمر \u2068npm run seed -- --derive\u2069، والمستكشف متوقّف، يشتقّها من جديد).',
  flowsMore: 'حُمِّلت {shown} من {total}، الأكبر أولًا؛ استخدم شريط الزمن أو البحث لتضييقها.',
  flowsMoreWindow:
    'حُمِّلت {shown} من {total} في هذه الفترة، الأكبر فيها أولًا؛ ضيّق الفترة أو استخدم البحث لترى غيرها.',
  flowsMoreWindowEstimated:
    'حُمِّلت {shown} من {total} على الأكثر في هذه الفترة، الأكبر على مرّ الزمن أولًا؛ ضيّق الفترة أو استخدم البحث لترى غيرها.',
  flowsSourceFilterNote: 'في هذا التبويب يعدّ كل تدفّق انتقالات كل المصادر: مرشّح المصادر يُطبَّق على الشبكة فقط.',
  flowFrom: 'من',
  flowTo: 'إلى',
  dashboardPanelNote:
    'تعدّ لوحة الشركة وقائع كل المصادر، المُصرَّح بها والضمنية كلًّا على حدة، على مرّ الزمن كلّه. مفتاح الشبكة ومرشّحاتها لا تُطبَّق هنا. انقر عمودًا أو صفًّا لترى الوقائع التي وراءه ومصادرها.',
};
