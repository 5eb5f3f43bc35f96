import type { metricsEn } from '../en/metrics';

export const metricsFi: Record<keyof typeof metricsEn, string> = {
  'metric.label.name': 'Jakso',
  'metric.customersAtStart.name': 'Asiakkaat jakson alussa',
  'metric.customersAtStart.definition': 'Asiakkaat jakson ensimmäisellä hetkellä (S).',
  'metric.newCustomers.name': 'Uudet asiakkaat',
  'metric.newCustomers.definition': 'Jakson aikana hankitut asiakkaat (N).',
  'metric.customersAtEnd.name': 'Asiakkaat jakson lopussa',
  'metric.customersAtEnd.definition': 'Asiakkaat jakson viimeisellä hetkellä (E).',
  'metric.customersRetained.name': 'Pysyneet asiakkaat',
  'metric.customersRetained.definition':
    'Jakson alun asiakkaat, jotka ovat yhä asiakkaita jakson lopussa (R). Tiedetään vain asiakasluettelosta.',
  'metric.avgPurchaseValue.name': 'Keskiostos',
  'metric.avgPurchaseValue.definition': 'Yhden ostokerran keskimääräinen arvo.',
  'metric.purchasesPerYear.name': 'Ostokerrat vuodessa',
  'metric.purchasesPerYear.definition': 'Ostokerrat asiakasta kohden vuodessa.',
  'metric.lifespanYears.name': 'Asiakkuuden kesto (v)',
  'metric.lifespanYears.definition': 'Asiakkuuden odotettu kesto vuosina.',
  'metric.profitMarginPct.name': 'Kate %',
  'metric.profitMarginPct.definition': 'Kate / voittomarginaali prosentteina liikevaihdosta.',
  'metric.promoters.name': 'Suosittelijat',
  'metric.promoters.definition': 'NPS-vastaukset 9 ja 10.',
  'metric.passives.name': 'Passiiviset',
  'metric.passives.definition': 'NPS-vastaukset 7 ja 8.',
  'metric.detractors.name': 'Arvostelijat',
  'metric.detractors.definition': 'NPS-vastaukset 0–6.',
  'metric.lostCustomers.name': 'Menetetyt asiakkaat',
  'metric.lostCustomers.definition': 'Jakson aikana menetetyt asiakkaat: S + N − E.',
  'metric.retentionRate.name': 'Asiakaspitoaste',
  'metric.retentionRate.definition':
    'Asiakaspitoaste (CRR): (E − N) / S × 100. Tyhjä, kun jakson alussa ei ollut asiakkaita.',
  'metric.exactRetentionRate.name': 'Tarkka pysyvyys',
  'metric.exactRetentionRate.definition':
    'R / S × 100: jakson alun asiakkaista lopussa yhä asiakkaina olevien osuus, laskettuna luettelosta asiakas kerrallaan. Ei koskaan asiakaspitoastetta pienempi: sen kaava laskee jakson aikana tulleet ja lähteneet uudet asiakkaat pysyneiden vähennykseksi.',
  'metric.simpleRetentionRate.name': 'Yksinkertainen pitoaste',
  'metric.simpleRetentionRate.definition':
    'E / S × 100. Näytetään pitoasteen rinnalla, koska uudet asiakkaat voivat kätkeä siinä poistuman.',
  'metric.churnRate.name': 'Asiakaspoistuma',
  'metric.churnRate.definition': '100 − asiakaspitoaste.',
  'metric.clv.name': 'CLV',
  'metric.clv.definition':
    'Asiakkaan elinkaaren arvo: keskiostos × ostokerrat vuodessa × asiakkuuden kesto × kate % / 100. Tyhjä, jos jokin tieto puuttuu.',
  'metric.nps.name': 'NPS',
  'metric.nps.definition':
    'Nettosuositteluindeksi: (suosittelijat − arvostelijat) / vastaukset × 100, välillä −100…100. Tyhjä, jos vastauksia ei ole.',
  'metric.npsMarginOfError.name': 'NPS ± virhemarginaali',
  'metric.npsMarginOfError.definition':
    'NPS:n 95 %:n virhemarginaali: 1,96 × √((p + d − (p − d)²) / n) × 100, p ja d suosittelijoiden ja arvostelijoiden osuudet, n vastausten määrä.',
  'metric.repeatPurchaseRate.name': 'Toistuvien ostojen osuus',
  'metric.repeatPurchaseRate.definition':
    'Asiakkaat, joilla on vähintään kaksi ostoa / asiakkaat, joilla on vähintään yksi osto × 100.',
  'metric.rangeRetention.name': 'Pitoaste aikavälillä',
  'metric.rangeRetention.definition':
    'Aikaväli yhtenä jaksona: (asiakkaat viimeisen jakson lopussa − kaikki aikavälin uudet asiakkaat) / asiakkaat ensimmäisen jakson alussa × 100.',
  'metric.rangeExactRetention.name': 'Tarkka pysyvyys aikavälillä',
  'metric.rangeExactRetention.definition':
    'Aikaväli yhtenä jaksona: ensimmäisen jakson alussa olleet asiakkaat, jotka ovat yhä asiakkaita viimeisen jakson lopussa / asiakkaat ensimmäisen jakson alussa × 100. Lasketaan vain asiakasluettelosta.',
  'metric.rangeNps.name': 'NPS aikavälillä',
  'metric.rangeNps.definition':
    'Aikavälin vastaukset yhtenä jaksona: asiakasluettelosta aikavälille päivätyt vastaukset (ilman päivämääriä sen lopun asiakkaiden arviot); jaksotaulukosta jaksojen vastaukset yhteenlaskettuina. ± on 95 %:n virhemarginaali.',
  'metric.uncertain.fewResponses':
    '{count, plural, one {Vain # vastaus} other {Vain # vastausta}}: liian vähän luotettavaan NPS-lukuun ({enough} tai enemmän).',
  'metric.note.marginMissing': 'CLV tarvitsee katteen: aseta oletuskate asetuksista tai jaksolle kate-%.',
  'metric.note.lostWhileNew':
    '{count, plural, one {# uusi asiakas lähti} other {# uutta asiakasta lähti}} jo ennen loppua: asiakaspitoaste vähentää heidät pysyneistä, tarkka pysyvyys ei.',
  'metric.rangeNote.periodsDoNotChain':
    'Jaksot eivät jatku toisistaan (jakson alun asiakkaat eroavat edellisen jakson lopun asiakkaista), joten aikavälin menetettyjä asiakkaita, asiakaspitoastetta ja poistumaa ei voi laskea.',
  'metric.rangeNote.noCustomersAtStart':
    'Aikavälin alussa ei ollut yhtään asiakasta (se alkaa luettelon ensimmäisestä jaksosta), joten pitoastetta sen yli ei voi laskea: valitse myöhemmin alkava aikaväli.',
  'metric.rangeNote.npsCountedPerPeriod':
    'Asiakasluettelon NPS-vastaukset lasketaan jaksoittain, joten jaksojen yhteenlasku laskisi saman asiakkaan vastauksen joka jaksoon: aikavälin NPS jätetään tyhjäksi.',
};
