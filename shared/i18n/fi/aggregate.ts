import type { aggregateEn } from '../en/aggregate';

export const aggregateFi: Record<keyof typeof aggregateEn, string> = {
  'aggregate.fromList.periodRange':
    'Jaksot alkavat jaksosta, jolle varhaisin aloituspäivä osuu, ja päättyvät jaksoon, jolle myöhäisin aloitus- tai päättymispäivä osuu, ilman aukkoja: jakso, jolla ei tapahdu mitään, on oma rivinsä.',
  'aggregate.fromList.customersAtStart':
    'Asiakaslistasta: asiakkaat, joiden aloituspäivä on ennen jakson ensimmäistä päivää ja joiden päättymispäivä on tyhjä tai aikaisintaan se päivä.',
  'aggregate.fromList.newCustomers':
    'Asiakaslistasta: asiakkaat, joiden aloituspäivä osuu jaksolle, sen ensimmäinen ja viimeinen päivä mukaan lukien.',
  'aggregate.fromList.customersAtEnd':
    'Asiakaslistasta: asiakkaat, joiden aloituspäivä on viimeistään jakson viimeisenä päivänä ja joiden päättymispäivä on tyhjä tai sen päivän jälkeen.',
  'aggregate.fromList.lostCustomers':
    'Asiakaslistasta: asiakkaat, joiden päättymispäivä osuu jaksolle. Samalla jaksolla alkanut ja päättynyt asiakas lasketaan sekä uudeksi että menetetyksi.',
  'aggregate.fromList.npsByResponseDate':
    'NPS, kun listassa on vastauspäivät: jaksolle päivätyt vastaukset. Vastausta ilman päivämäärää tai kaikkien jaksojen ulkopuolelle päivättyä vastausta ei lasketa.',
  'aggregate.fromList.npsByCustomersAtEnd':
    'NPS, kun listassa ei ole vastauspäiviä: jakson lopussa asiakkaina laskettujen asiakkaiden vastaukset.',
  'aggregate.fromList.npsEmpty':
    'Kun listassa on NPS-vastauksia, jaksolle ilman vastauksia tulee 0 suosittelijaa, passiivista ja arvostelijaa (NPS tyhjä); listalla ilman vastauksia määrät jäävät tyhjiksi.',
  'aggregate.fromList.cohort':
    'Kohortti: asiakkaat, joiden aloituspäivä osuu samalle jaksolle. Ikä k on k:s jakso sen jälkeen; ikä 0 on kohortin oma jakso.',
  'aggregate.fromList.retainedPct':
    'Pysyneet %: kohortin asiakkaat, jotka ovat yhä asiakkaita iän k jakson lopussa (päättymispäivä tyhjä tai jakson viimeisen päivän jälkeen) / kohortin koko × 100.',
  'aggregate.clvDefaults.basis':
    'Asiakaslistan ostokerrat ja liikevaihto ovat kunkin asiakkaan kokonaismääriä. Ostoilla ei ole päivämääriä, joten alla olevat oletusarvot lasketaan jaksolla aktiivisten asiakkaiden kokonaismääristä: aloituspäivä viimeistään jakson viimeisenä päivänä, päättymispäivä tyhjä tai aikaisintaan jakson ensimmäisenä päivänä.',
  'aggregate.clvDefaults.avgPurchaseValue':
    'Keskiostos listasta: niiden aktiivisten asiakkaiden, joilla on vähintään yksi osto ja liikevaihtotieto, liikevaihto yhteensä / ostokerrat yhteensä. Tyhjä, jos tällaisia asiakkaita ei ole.',
  'aggregate.clvDefaults.purchasesPerYear':
    'Ostokerrat vuodessa listasta: niiden aktiivisten asiakkaiden, joilla on ostokertatieto, ostokerrat yhteensä / asiakasvuodet yhteensä. Asiakkuus lasketaan aloituspäivästä päättymispäivään tai listan myöhäisimpään päivämäärään, molemmat päivät mukaan lukien, 365,2425 päivän vuosina.',
  'aggregate.clvDefaults.lifespanYears':
    'Asiakkuuden kesto listasta: 100 / (jakson asiakaspoistuma × jaksoja vuodessa), eli odotettu asiakkuuden kesto vuosina, jos jakson poistuma toistuisi joka jaksolla. Tyhjä, kun poistuma on nolla, negatiivinen tai tyhjä.',
  'aggregate.clvDefaults.profitMarginPct':
    'Asiakaslistassa ei ole katetta: asiakirjan oletuskatetta käytetään, kunnes syötät jaksolle oman.',
  'aggregate.error.tooManyPeriods':
    'Päivämäärät kattavat {periods} jaksoa, {first}–{last}; Pito käsittelee enintään {max}. Tarkista päivämäärät tai valitse pidempi jakso.',
};
