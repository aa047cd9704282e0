/**
 * The Israeli letters, in Hebrew whatever the page's language: they go to an
 * Israeli business or card company. Written for this site from the rules on
 * the tactic pages (חוק הגנת הצרכן §§ 14ג and 13ד, חוק שירותי תשלום); slots in
 * {braces} are filled by src/lib/case/texts/. Worded without gendered verb
 * forms ("הריני", "אבקש"), so they fit any writer.
 */
export const heLetters = {
  'case.letter.il.to': 'לכבוד',
  'case.letter.il.idLine': 'ת"ז {id}',
  'case.letter.il.distance.subject': 'הנדון: הודעה על ביטול עסקת מכר מרחוק (סעיף 14ג לחוק הגנת הצרכן)',
  'case.letter.il.distance.intro': 'הריני להודיע על ביטול העסקה שביצעתי עמכם מרחוק{order}.',
  'case.letter.il.distance.order': ' (מספר הזמנה {order})',
  'case.letter.il.distance.received':
    'את המוצר או את פרטי העסקה בכתב, המאוחר מביניהם, קיבלתי ביום {received}, והודעה זו נמסרת בתוך 14 הימים שקובע סעיף 14ג לחוק.',
  'case.letter.il.distance.refund':
    'אבקש להשיב לי את התמורה ששילמתי, {amount}, ולבטל את החיוב, בניכוי דמי ביטול שלא יעלו על 5% מהמחיר או 100 ש"ח, לפי הנמוך מביניהם.',
  'case.letter.il.distance.goods': 'אבקש לתאם עמי את החזרת המוצר.',
  'case.letter.il.ongoing.subject': 'הנדון: הודעה על ביטול עסקה מתמשכת (סעיף 13ד לחוק הגנת הצרכן)',
  'case.letter.il.ongoing.intro': 'הריני להודיע על ביטול ההתקשרות שלי עמכם{account}, החל ממועד מסירת הודעה זו.',
  'case.letter.il.ongoing.account': ' (מספר לקוח {account})',
  'case.letter.il.ongoing.stop': 'אבקש להפסיק לחייב אותי בתוך המועד שקובע סעיף 13ד לחוק הגנת הצרכן.',
  'case.letter.il.ongoing.confirm': 'אבקש אישור בכתב על הביטול ועל המועד שבו הופסקו החיובים.',
  'case.letter.il.card.subject': 'הנדון: חיוב בעסקה מרחוק, לפי חוק שירותי תשלום, התשע"ט-2019 (כרטיס {account})',
  'case.letter.il.card.charge': 'ביום {chargeDate} חויב הכרטיס שלי ב-{amount} לטובת {company}, בעסקה שנעשתה מרחוק (בטלפון או באינטרנט).',
  'case.letter.il.card.what': 'מה קרה: {whatHappened}',
  'case.letter.il.card.learned': 'נודע לי על החיוב ביום {learned}, והודעה זו נמסרת בתוך 30 הימים שקובע החוק.',
  'case.letter.il.card.claim': 'לפי חוק שירותי תשלום, אבקש להשיב לחשבוני את סכום החיוב, {amount}.',
  'case.letter.il.tried': 'פניתי קודם אל בית העסק: {steps}',
  'case.letter.il.evidence': 'מצורפים: {evidence}',
  'case.letter.il.receipt': 'אבקש אישור בכתב על קבלת הודעה זו.',
  'case.letter.il.closing': 'בכבוד רב,',
  'case.letter.blank.id': '[מספר תעודת זהות]',
} as const;
