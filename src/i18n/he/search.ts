/** Search: the search page, the dialog and its results. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/search';

export default {
  'search.open': 'חיפוש',
  'search.shortcut': 'חיפוש טקטיקות, חברות ומספרי טלפון',
  'search.title': 'חיפוש',
  'search.lead': 'אפשר לחפש לפי שם החברה, לפי מספר טלפון בכל צורת כתיבה, או לתאר את הבעיה במילים פשוטות.',
  'search.placeholder': 'חברה, מספר טלפון או בעיה',
  'search.noscript': 'החיפוש דורש JavaScript. בלעדיו אפשר לעיין במדריך או ברשימת החברות מא׳ עד ת׳.',
  'search.devMode': 'אין אינדקס חיפוש כשהאתר רץ בשרת הפיתוח. כדי לחפש, יש להריץ „npm run build” ולהציג את התוצאה דרך שרת.',
  'search.dialog': 'חיפוש ב-Beyond No',
  'search.loading': 'החיפוש נטען…',
  'search.loadError': 'החיפוש לא נטען. אפשר להשתמש בדף החיפוש, או לעיין במדריך וברשימת החברות.',
  'search.allResults': 'כל התוצאות, עם סינון',
  'search.filters': 'צמצום התוצאות',
  'search.filter.type': 'סוג',
  'search.filter.industry': 'ענף',
  'search.filter.channel': 'ערוץ',
  'search.filter.stage': 'שלב בסולם',
  'search.filter.country': 'מדינה',
  'search.channel.fax': 'פקס',
  'search.channel.web': 'אתר אינטרנט',
  'search.matched': 'התאמות',
  'search.partial': 'אין דף שמופיעות בו כל המילים של „{query}”. אלה התוצאות שמתאימות לחלק מהן, מהקרובה ביותר.',
  'search.corrected': 'לא נמצא דבר עבור „{typed}”: מוצגות תוצאות עבור „{corrected}”.',
  'search.didYouMean': 'אולי הכוונה היא {suggestion}?',
  'search.closest': 'השמות הקרובים ביותר:',
  'search.noResults': 'לא נמצא דבר עבור „{query}”. כדאי לנסות פחות מילים, או רק את שם החברה, או לעיין:',
  'result.tactic': 'טקטיקה',
  'result.company': 'חברה',
  'result.body': 'גוף תלונות',
} satisfies Translation<typeof en>;
