/**
 * The words Pito understands in column headers, as stems grouped by what they mean
 * (a concept). A header is read as the set of concepts its stems name; fieldRules.ts
 * turns those sets into a confidence per field. Stems are written without diacritics
 * (`päättyi` → `paattyi`) and in lower case, as headerWords.ts normalises a header.
 *
 * Finnish builds words from a stem and endings and joins words into compounds
 * (`asiakkuuden` + `alkamis` + `päivä`), so a Finnish stem matches the start of any word,
 * and inside a compound wherever an earlier stem ended a few letters before. One of five
 * letters or more also matches anywhere in a word, and one of four at the end of a word,
 * where Finnish puts the head of a compound (`hinta|taso`, `jäsen|laji`). English stems
 * match at the start of a word or right after another stem (`customerid`, `signupdate`),
 * never inside an unknown word: `Procountor` holds no `count`. A stem written `=stem` must be a word
 * of its own or stand directly beside other stems: `=id` reads `CustomerID` and `id` but
 * not `identity`, `=at` reads `created at` but not `attended` or `asiakkaat`. A stem stays
 * inside one word, except a phrase written with underscores (`number_of`), which matches
 * with or without the space.
 */

export const CONCEPTS = [
  // What a date column says happened.
  'date',
  'start', // the generic word: start, alku, beginning
  'join', // an event that makes a customer: signed up, joined, registered, liittyi
  'end', // the generic word: end, loppu, closing
  'leave', // an event that loses one: cancelled, churned, irtisanottu, eronnut
  'first',
  'last',
  // Columns that hold dates but are neither start nor end.
  'birth',
  'login',
  'update',
  'renew',
  'due',
  // Who and what.
  'customer',
  'relation', // the customer relationship itself: asiakkuus, membership, subscription
  'id',
  'number', // a number sign or word: an identifier or, with "of", a count
  'numberOf',
  'email',
  'name',
  'phone',
  'place',
  'postal',
  'product',
  'note',
  // Purchases and money.
  'order',
  'orders',
  'invoice',
  'count',
  'total',
  'money',
  'currency',
  'average',
  'perYear',
  'frequency',
  'lifespan',
  'margin',
  // Recommendation.
  'nps',
  'score',
  'scale10',
  'scale5',
  'survey',
  'satisfaction',
  'promoter',
  'passive',
  'detractor',
  // NPS answers counted by their scores: `NPS 9–10`, `Arvosana 0-6 (kpl)`.
  'answers9to10',
  'answers7to8',
  'answers0to6',
  // Grouping and period tables.
  'segment',
  'period',
  'new',
  'retained', // customers kept through a period (pysyneet), not a retention rate
  'share', // a percentage or rate: `Retained %` is a rate, not a count
  'letterS',
  'letterN',
  'letterE',
] as const;

export type Concept = (typeof CONCEPTS)[number];

export type HeaderLanguage = 'fi' | 'en';

/** Stems per concept and language, space-separated. */
export const LEXICON: Record<Concept, Partial<Record<HeaderLanguage, string>>> = {
  date: {
    fi: 'paiva paivam pvm paivays aika ajankohta hetki =pv',
    en: 'date dated =day =dt time timestamp =ts =when datetime =utc =gmt',
  },
  start: {
    fi: 'alku =alk =alussa aluss alkaa alka alko aloit aloitt avattu avaus avaam perust luotu luonti hankint hankit voimaantulo kayttoonot',
    en: '=start started starting begin began =beginning =bop =bo_p commenc opened opening =open creat created =from acquir effective_from',
  },
  join: {
    fi: 'liity liitt rekister kirjoittautu =tullut tuli asiakkaaksi alkaen',
    en: 'join joined sign_up signed_up signing_up =signed registr registered regist enrol subscribed onboard activat since became convert',
  },
  end: {
    fi: 'loppu lopus lopun =lopussa saakka =asti paattava',
    en: '=end ended ending =eop =eo_p =finish finished closing until =till',
  },
  leave: {
    fi: 'lopet lopett paatt irtisan poist =ero eroam eronn eroa erosi lakan lakkas lakkaut lakkaa peru peruu perutt purku purett purka sulj sulke menet menetys passivo deaktiv luopu lahte lahto lahti keskeyt',
    en: 'cancel canceled cancelled churn churned terminat closed =close closure =left leave leaving quit =lost deactivat unsubscri expir ceas =stop stopped discontinu lapse =exit exited =gone offboard =cxl canc resign',
  },
  first: { fi: 'ensimm ensi', en: 'first earliest initial' },
  last: {
    fi: 'viime viimei edelli uusin tuorein',
    en: '=last latest recent previous prior newest',
  },
  birth: { fi: 'syntym synty =ika', en: 'birth born =dob =age' },
  login: {
    fi: 'kirjaut kaynti vierail nahty aktiivisuus',
    en: 'login log_on logged sign_in signed_in =seen visit activity',
  },
  update: {
    fi: 'paivit muokat muokka muutet muutos tallenn',
    en: 'updat modif chang =edit edited revis',
  },
  renew: { fi: 'uusit uusim jatkett', en: 'renew' },
  due: { fi: 'erapv erap erapaiva eraant', en: '=due deadline' },
  customer: {
    fi: 'asiak jasen kayttaja tilaaja ostaja',
    en: 'customer =cust =cus client account =acct member =user subscriber buyer shopper patron =party',
  },
  relation: {
    fi: 'asiakkuu sopimus jasenyy suhde suhte',
    en: 'membership subscription contract relationship',
  },
  id: {
    fi: 'tunnus tunniste =id koodi avain viite',
    en: '=id identifier code =key =ref reference uuid guid',
  },
  number: {
    fi: 'numero =nro =nr =no =num',
    en: '=no =nr =num =nbr number',
  },
  numberOf: { en: 'number_of nr_of no_of num_of nbr_of' },
  email: { fi: 'sahkoposti sposti', en: 'email e_mail =mail' },
  name: {
    fi: 'nimi etunimi sukunimi yritys yhtio firma',
    en: '=name full_name first_name last_name surname company organi business',
  },
  phone: { fi: 'puhelin =puh', en: 'phone mobile =tel =gsm' },
  place: {
    fi: 'kaupunki paikkakun kunta osoite =maa maakunta alue',
    en: '=city town address street country region state',
  },
  postal: { fi: 'postinumero postinro postitoimipaikka', en: 'postal post_code =zip zip_code' },
  product: { fi: 'tuote tuotteet palvelu', en: 'product =item =sku service' },
  note: { fi: 'huom lisatie kommentti muistiinpano', en: '=note notes comment remark' },
  /** Purchases counted: a plural says how many (`Orders`, `Ostot`), even beside a number sign (`Orders (no.)`). */
  orders: {
    fi: '=ostot =ostoja =ostoksia =tilaukset =tilauksia kassakuitit ostoskorit',
    en: 'orders purchases transactions receipts baskets =txn =txns buys invoices bookings',
  },
  order: {
    fi: 'osto ostok ostos tilaus tilauk kaupat kauppoj transakt tapahtum kuitti kuiti',
    en: 'order purchas transact =buy bought receipt booking',
  },
  invoice: { fi: 'lasku', en: 'invoice' },
  count: {
    fi: '=lkm lukumaara maara =kpl kerta kerra kerto =krt',
    en: 'count =cnt =qty quantity =times',
  },
  total: {
    fi: 'yhteen =yht kokonai tahan_mennessa',
    en: 'total =sum overall cumulative to_date all_time lifetime_total',
  },
  money: {
    fi: 'myynti myyn liikevaihto laskut laskutus laskutet tulot tuotot tuotto summa raha maksu maksett maksanut kassa =arvo ostosumma',
    en: 'revenue =rev sales =sale income turnover amount spend spent =paid payment billing billed invoiced charge collect =value =ltv =cltv =clv =gmv money monetary worth =arr =mrr',
  },
  currency: { fi: '=euro euroa =eur', en: '=usd =gbp =eur =sek dollar euros' },
  average: { fi: 'keski keskim', en: 'average =avg =mean =aov typical' },
  perYear: {
    fi: 'vuodessa vuosittai =v',
    en: 'per_year =pa yearly annual annually per_annum =yr',
  },
  frequency: { fi: 'tiheys frekvens', en: 'frequency' },
  lifespan: {
    fi: 'kesto elinkaari elinika pituus asiakkuusaika vuosia vuosina',
    en: 'lifespan lifetime =life duration tenure length =years =yrs',
  },
  margin: { fi: 'kate kateprosentti marginaali voitto', en: 'margin profit =gm' },
  nps: {
    fi: '=nps suosittel todennako',
    en: '=nps net_promoter recommend likelihood likely =ltr',
  },
  score: {
    fi: 'pisteet piste arvosana arvio',
    en: 'score rating =points',
  },
  scale10: {},
  scale5: {},
  answers9to10: {},
  answers7to8: {},
  answers0to6: {},
  survey: {
    fi: 'kysely vastaus vastaa vastat vastann palaut tutkimus',
    en: 'survey respons respond answer feedback =poll questionnaire',
  },
  satisfaction: { fi: 'tyytyv', en: 'satisf =csat' },
  promoter: { fi: 'suosittelij promoottor', en: 'promoter' },
  passive: { fi: 'passiivi neutraal', en: 'passive neutral' },
  detractor: { fi: 'arvostelij kriitik vahattelij', en: 'detractor critic' },
  segment: {
    fi: 'segment ryhma ryhmi luokka luokitus luokitt kategoria tyyppi taso laji muoto paketti profiili',
    en: 'segment =seg group =tier class categor =type =level =plan package =band profile grade',
  },
  period: {
    fi: 'jakso kausi kaude kuukausi =kk =kuu kvartaali neljannes =vuosi',
    en: 'period month quarter =qtr =year =mo =mth timeframe interval =window year_month',
  },
  new: {
    fi: 'uude =uudet =uusi uusia uusien hankitut uusasiak saadut saatuja',
    en: '=new acquired acquisition gained =added =adds',
  },
  retained: {
    fi: 'pysyn pysyi sailyn sailyi',
    en: 'retained =kept stayed survived',
  },
  share: { fi: '=pct prosentti prosentt osuus', en: '=pct percent percentage =rate ratio share' },
  letterS: { en: '=s' },
  letterN: { en: '=n' },
  letterE: { en: '=e' },
};
