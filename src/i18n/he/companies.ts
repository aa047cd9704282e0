/** The directory: the A to Z, each company page and its contacts. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/companies';

export default {
  'companies.title': 'חברות מא׳ עד ת׳',
  'companies.lead': 'אנשי קשר מהנציג הראשון ועד לשכת ההנהלה והמטה, לכל אחד מקור ותאריך.',
  'companies.letters': 'מעבר לאות',
  'company.contacts': 'אנשי קשר, מהקו הראשון ומעלה',
  'company.history': 'ערכים קודמים',
  'company.historyLead': 'ערכים שכבר אינם בתוקף, שנשמרו כדי שאפשר יהיה לזהות מספר או כתובת ישנים.',
  'company.missing': 'חיפשנו ולא פרסמנו',
  'company.scams': 'מספרי הונאה ידועים',
  'company.scamsLead': 'המספרים האלה התחזו לחברה הזו. הם לא אנשי הקשר שלה: לא להתקשר אליהם.',
  'company.scamWarning':
    'מספרי תמיכה מזויפים מופיעים במודעות בחיפוש, בתוצאות החיפוש ובמפות. לפני שמתקשרים, כדאי לוודא את המספר באתר של החברה עצמה.',
  'company.officialPage': 'דף יצירת הקשר של החברה עצמה',
  'company.website': 'אתר',
  'company.parent': 'חלק מ',
  'company.lastChecked': 'הערכים נבדקו לאחרונה',
  'company.tactics': 'טקטיקות מתאימות',
  'company.aka': 'ידועה גם בשם',
  'company.advice': 'עצות לחברה הזו',
  'company.outside': 'מחוץ לחברה',
  'company.outsideLead':
    'כשהחברה עדיין אומרת לא, הגופים האלה ב{country} יכולים לקחת את זה הלאה. פונים אליהם בסדר הזה; לכל אחד כתוב מה צריך לעשות לפני הפנייה.',
  'company.outsideNone': 'עדיין לא פרסמנו גוף תלונות ב{country} לחברות מהסוג הזה.',
  'company.executiveFallback': 'לא נמצאה לשכת הנהלה',
  'company.executiveFallbackLead':
    'אף אחד מהמקורות שלנו לא מציין לשכת הנהלה או ממונה על תלונות הציבור ב-{company}. הדבר הקרוב ביותר: מכתב למנכ״ל, בציון התפקיד, לכתובת המטה.',
  'company.executiveFallbackNoAddress':
    'אף אחד מהמקורות שלנו לא מציין לשכת הנהלה או ממונה על תלונות הציבור ב-{company}, וגם לא כתובת של המטה. כדאי להגיש את התלונה בכתב דרך אנשי הקשר שלמעלה ולבקש שתועבר ללשכת המנכ״ל.',
  'company.executiveFallbackTo': 'המנהל/ת הכללי/ת',
  'contact.source': 'מקור',
  'contact.asOf': 'נכון ל-',
  'contact.replacedBy': 'הוחלף ב-',
  'contact.endedOn': 'עד',
  'contact.seenOn': 'נראה ב-',
  'contact.hours': 'שעות',
  'contact.sourceRead': 'נקרא ב-{date}',
} satisfies Translation<typeof en>;
