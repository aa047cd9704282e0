/** The playbook and each tactic page. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/tactics';

export default {
  'tactics.title': 'המדריך',
  'tactics.lead': 'כל הטקטיקות, לפי סדר העלייה בסולם: קודם הכנה, אחר כך הנציג הראשון, ומשם למעלה.',
  'tactic.summary': 'בקצרה',
  'tactic.whenToUse': 'מתי להשתמש',
  'tactic.scripts': 'מה לומר',
  'tactic.problems': 'נשמע כמו הבעיה שלך?',
  'tactic.nextRung': 'השלב הבא',
  'tactic.steps': 'שלב אחר שלב',
  'tactic.story': 'הסיפור האמיתי',
  'tactic.storyProblem': 'מה קרה',
  'tactic.storyOutcome': 'מה עבד',
  'tactic.storyLesson': 'הלקח',
  'tactic.risks': 'סיכונים והסתייגויות',
  'tactic.laws': 'החוק שעליו נשענים',
  'tactic.lawsByCountry': 'החוק ולאן להתלונן, לפי מדינה',
  'tactic.lawsLead': 'הכללים של כל מדינה והגופים שמעל החברה, לפי הסדר שבו פונים אליהם.',
  'tactic.bodiesIn': 'לאן להתלונן ב{country}',
  'tactic.lawSection': 'סעיף',
  'tactic.lawsElsewhere': 'במקומות אחרים, להשוואה',
  'tactic.lawVoluntary': 'קוד וולונטרי של הענף, לא חוק',
  'tactic.lawDeadline': 'מועד',
  'tactic.lawDisclaimer': 'זהו מידע, לא ייעוץ משפטי. הכללים משתנים; כדאי לבדוק במקור.',
  'tactic.ladder': 'בסולם',
  'tactic.channels': 'ערוצים',
  'tactic.related': 'טקטיקות קשורות',
  'tactic.sources': 'מקורות',
  'tactic.companies': 'חברות שזה מתאים להן',
  'tactic.akaPrefix': 'ידוע גם בשם',
} satisfies Translation<typeof en>;
