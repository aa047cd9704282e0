/** The frame of every page: site name, navigation, footer, and the home page. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/site';

export default {
  'site.name': 'Beyond No',
  'site.tagline': 'איך לעבור את ה„לא” של שירות הלקוחות',
  'site.description': 'מדריך לטקטיקות הסלמה ומאגר אנשי קשר בחברות, מהנציג הראשון ועד לשכת ההנהלה, עם מקור ותאריך לכל פרט.',
  'nav.label': 'ניווט ראשי',
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
  'footer.feed': 'פיד שינויים (RSS)',
  'home.title': 'איך לעבור את ה„לא” של שירות הלקוחות',
  'home.lead': 'כשחברה אומרת שאין מה לעשות, כמעט תמיד יש צעד הבא. כאן מופיעות הטקטיקות שעובדות, לפי הסדר שבו כדאי לנסות אותן, ואנשי הקשר שאליהם פונים בכל שלב.',
  'home.ladder': 'סולם ההסלמה',
  'home.ladderLead': 'מתחילים מהשלב התחתון ועולים שלב אחד בכל פעם, ורק אחרי שבשלב הקודם אמרו לא.',
  'home.browseCompanies': 'חיפוש אנשי קשר של חברה',
  'home.browseTactics': 'למדריך המלא',
  'nav.bodies': 'גופי תלונות',
  'notFound.title': 'הדף לא נמצא',
  'notFound.lead': 'אין דף בכתובת הזו. אפשר לנסות את החיפוש, את המדריך או את רשימת החברות.',
} satisfies Translation<typeof en>;
