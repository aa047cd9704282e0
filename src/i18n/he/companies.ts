/** The directory: the A to Z, each company page and its contacts. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/companies';

export default {
  'companies.title': 'חברות מא׳ עד ת׳',
  'companies.lead': 'אנשי קשר מהנציג הראשון ועד לשכת ההנהלה והמטה, לכל אחד מקור ותאריך.',
  'companies.letters': 'מעבר לאות',
  'company.contacts': 'אנשי קשר, מהקו הראשון ומעלה',
  'company.history': 'ערכים קודמים',
  'company.historyLead': 'ערכים שכבר אינם בתוקף, ונשמרים כאן כדי שאפשר יהיה לזהות מספר או כתובת ישנים.',
  'company.missing': 'חיפשנו ולא מצאנו פרסום',
  'company.scams': 'מספרי הונאה ידועים',
  'company.scamsLead': 'המספרים האלה התחזו לחברה הזו. הם לא אנשי הקשר שלה: לא להתקשר אליהם.',
  'company.scamWarning':
    'מספרי תמיכה מזויפים מופיעים במודעות בחיפוש, בתוצאות החיפוש ובמפות. לפני שמתקשרים, כדאי לוודא את המספר באתר של החברה עצמה.',
  'company.officialPage': 'דף יצירת הקשר של החברה עצמה',
  'company.website': 'אתר',
  'company.parent': 'חברת האם',
  'company.lastChecked': 'הערכים נבדקו לאחרונה',
  'company.tactics': 'טקטיקות מתאימות',
  'company.aka': 'ידועה גם בשם',
  'company.advice': 'עצות לחברה הזו',
  'company.outside': 'מחוץ לחברה',
  'company.outsideLead': 'כשהחברה עדיין אומרת לא, הגופים האלה ב{country} יכולים לטפל בעניין. פונים אליהם לפי הסדר הזה; ליד כל אחד מצוין מה צריך לעשות לפני הפנייה.',
  'company.outsideNone': 'עדיין לא הוספנו גוף תלונות ב{country} לחברות מהסוג הזה.',
  'company.executiveFallback': 'לא נמצאה לשכת הנהלה',
  'company.executiveFallbackLead': 'אף אחד מהמקורות שלנו לא מציין לשכת הנהלה או ממונה על פניות הציבור ב-{company}. האפשרות הקרובה ביותר: מכתב למנכ״ל, ממוען לפי התפקיד, לכתובת המטה.',
  'company.executiveFallbackNoAddress': 'אף אחד מהמקורות שלנו לא מציין לשכת הנהלה או ממונה על פניות הציבור ב-{company}, וגם לא כתובת של המטה שאפשר לכתוב אליה. כדאי להגיש את התלונה בכתב דרך אנשי הקשר שלמעלה ולבקש שתועבר ללשכת המנכ״ל.',
  'company.executiveFallbackTo': 'לכבוד המנכ״ל',
  'contact.source': 'מקור',
  'contact.asOf': 'נכון לתאריך',
  'contact.replacedBy': 'הערך החדש:',
  'contact.endedOn': 'עד',
  'contact.seenOn': 'הופיע בתוך',
  'contact.hours': 'שעות',
  'contact.sourceRead': 'נבדק ב-{date}',
  'source.publisherUnnamed': 'המפרסם לא צוין',
} satisfies Translation<typeof en>;
