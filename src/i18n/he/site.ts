/** The frame of every page: site name, navigation, footer, and the home page. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/site';

export default {
  'site.name': 'Beyond No',
  'site.tagline': 'איך לעבור את ה„לא” של שירות הלקוחות',
  'site.description':
    'מדריך לטקטיקות הסלמה ומדריך אנשי קשר בחברות, מהנציג הראשון ועד לשכת ההנהלה, עם מקור ותאריך לכל פרט.',
  'nav.label': 'ראשי',
  'nav.languages': 'שפות',
  'nav.home': 'דף הבית',
  'nav.tactics': 'המדריך',
  'nav.companies': 'חברות',
  'nav.search': 'חיפוש',
  'nav.lookup': 'בדיקת מספר',
  'nav.case': 'בניית התיק',
  'skip.link': 'דילוג לתוכן',
  'footer.disclaimer': 'Beyond No מספק מידע, לא ייעוץ משפטי. לפני שמתקשרים, כדאי לוודא את המספר באתר של החברה עצמה.',
  'footer.sources': 'לכל איש קשר ולכל חוק שמוזכר כאן מצוין מקור ותאריך.',
  'footer.label': 'על הנתונים',
  'footer.data': 'נתונים פתוחים',
  'footer.changes': 'אנשי קשר שהשתנו לאחרונה',
  'footer.feed': 'עדכוני שינויים (RSS)',
  'home.title': 'איך לעבור את ה„לא” של שירות הלקוחות',
  'home.lead':
    'כשחברה אומרת שאין מה לעשות, כמעט תמיד יש צעד הבא. כאן תמצאו את הטקטיקות שעובדות, לפי הסדר שבו כדאי לנסות אותן, ואת אנשי הקשר בכל שלב.',
  'home.ladder': 'סולם ההסלמה',
  'home.ladderLead': 'מתחילים מהשלב הראשון, ועולים שלב אחד בכל פעם, רק אחרי שהשלב הקודם אמר לא.',
  'home.browseCompanies': 'אנשי הקשר של חברה',
  'home.browseTactics': 'לכל המדריך',
  'nav.bodies': 'גופי תלונות',
  'notFound.title': 'הדף לא נמצא',
  'notFound.lead': 'אין דף בכתובת הזו. אפשר לנסות את החיפוש, את המדריך או את רשימת החברות.',
} satisfies Translation<typeof en>;
