/** Reference data seeded by the migrations: SBI sections and the friendly pledge. */

/** The 21 sections of the Standaard Bedrijfsindeling (SBI 2008, CBS). */
export const SBI_SECTIONS: readonly { code: string; labelNl: string; labelEn: string }[] = [
  { code: 'A', labelNl: 'Landbouw, bosbouw en visserij', labelEn: 'Agriculture, forestry and fishing' },
  { code: 'B', labelNl: 'Delfstoffenwinning', labelEn: 'Mining and quarrying' },
  { code: 'C', labelNl: 'Industrie', labelEn: 'Manufacturing' },
  { code: 'D', labelNl: 'Energievoorziening', labelEn: 'Electricity and gas supply' },
  { code: 'E', labelNl: 'Waterbedrijven en afvalbeheer', labelEn: 'Water supply and waste management' },
  { code: 'F', labelNl: 'Bouwnijverheid', labelEn: 'Construction' },
  { code: 'G', labelNl: 'Handel', labelEn: 'Wholesale and retail trade' },
  { code: 'H', labelNl: 'Vervoer en opslag', labelEn: 'Transport and storage' },
  { code: 'I', labelNl: 'Logies-, maaltijd- en drankverstrekking', labelEn: 'Accommodation and food service' },
  { code: 'J', labelNl: 'Informatie en communicatie', labelEn: 'Information and communication' },
  { code: 'K', labelNl: 'Financiële instellingen', labelEn: 'Financial services' },
  { code: 'L', labelNl: 'Verhuur van en handel in onroerend goed', labelEn: 'Real estate' },
  { code: 'M', labelNl: 'Specialistische zakelijke diensten', labelEn: 'Professional, scientific and technical services' },
  { code: 'N', labelNl: 'Verhuur en overige zakelijke diensten', labelEn: 'Administrative and support services' },
  { code: 'O', labelNl: 'Openbaar bestuur en overheidsdiensten', labelEn: 'Public administration' },
  { code: 'P', labelNl: 'Onderwijs', labelEn: 'Education' },
  { code: 'Q', labelNl: 'Gezondheids- en welzijnszorg', labelEn: 'Health and social work' },
  { code: 'R', labelNl: 'Cultuur, sport en recreatie', labelEn: 'Arts, sports and recreation' },
  { code: 'S', labelNl: 'Overige dienstverlening', labelEn: 'Other services' },
  { code: 'T', labelNl: 'Huishoudens als werkgever', labelEn: 'Households as employers' },
  { code: 'U', labelNl: 'Extraterritoriale organisaties', labelEn: 'Extraterritorial organisations' },
];

export const FRIENDLY_PLEDGE_V1 = {
  nl: [
    'Als vriendelijke werkgever beloven wij:',
    '1. Onze vacatures staan open voor jongeren met een verleden. Wij kijken naar wie iemand nu is en wil worden.',
    '2. Elke jongere krijgt een vaste werkbegeleider die we bij naam noemen.',
    '3. We hebben geduld in de eerste weken: fouten maken mag, we leggen uit en we bellen de coach als het lastig wordt.',
    '4. We vragen alleen om een VOG als het werk daar echt om vraagt (de functieaspecten), en we zeggen vooraf wie hem betaalt.',
    '5. Aan het eind geven we een eerlijke referentie.',
  ].join('\n'),
  en: [
    'As a friendly employer we promise:',
    '1. Our vacancies are open to young people with a past. We look at who someone is now and wants to become.',
    '2. Every young person gets a named workplace mentor.',
    '3. We are patient in the first weeks: mistakes are allowed, we explain, and we call the coach when things get hard.',
    '4. We ask for a VOG only where the work really calls for it (its function aspects), and we say beforehand who pays for it.',
    '5. At the end we give an honest reference.',
  ].join('\n'),
};
