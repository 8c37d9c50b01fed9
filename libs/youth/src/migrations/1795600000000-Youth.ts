import type { MigrationInterface, QueryRunner } from 'typeorm';
import { pc4Areas } from '@startbaan/platform/geo';

// Frozen text: the vocabulary and the risk factors as they were when this migration was written
// (the live lists are in libs/youth/src/vocabulary; a change to the rows needs a migration of its
// own). The PC4 areas are data, read from platform's data file (data/nl-pc4-geonames.tsv).
const VOCABULARY_SECTORS = [
  ['general', 'Algemene werkvaardigheden', 'General work skills'],
  ['hospitality', 'Horeca', 'Hospitality'],
  ['retail', 'Winkel en verkoop', 'Retail and sales'],
  ['logistics', 'Logistiek en magazijn', 'Logistics and warehousing'],
  ['construction_technical', 'Bouw en techniek', 'Construction and technical trades'],
  ['care_welfare', 'Zorg en welzijn', 'Care and welfare'],
  ['ict_media', 'ICT en media', 'IT and media'],
  ['cleaning_facility', 'Schoonmaak en facilitair', 'Cleaning and facilities'],
  ['green_agriculture', 'Groen, tuin en landbouw', 'Gardens, green spaces and agriculture'],
  ['automotive_bicycles', 'Auto\'s, scooters en fietsen', 'Cars, scooters and bicycles'],
  ['sport_recreation', 'Sport en recreatie', 'Sport and recreation'],
  ['office_administration', 'Kantoor en administratie', 'Office and administration'],
  ['creative_events', 'Creatief en evenementen', 'Creative work and events'],
  ['food_production', 'Eten maken (bakkerij, keuken, productie)', 'Food production (bakery, kitchen, factory)'],
] as const;
const VOCABULARY_TERMS = [
  ['punctuality', 'general', 'skill', 'Op tijd komen', 'Being on time', 1],
  ['reliability', 'general', 'skill', 'Afspraken nakomen', 'Keeping to agreements', 1],
  ['teamwork', 'general', 'skill', 'Samenwerken', 'Teamwork', 1],
  ['working_independently', 'general', 'skill', 'Zelfstandig werken', 'Working on your own', 1],
  ['following_instructions', 'general', 'skill', 'Instructies opvolgen', 'Following instructions', 1],
  ['customer_contact', 'general', 'skill', 'Klanten vriendelijk helpen', 'Dealing with customers', 1],
  ['dutch_language', 'general', 'skill', 'Nederlands spreken en schrijven', 'Speaking and writing Dutch', 1],
  ['english_language', 'general', 'skill', 'Engels spreken', 'Speaking English', 1],
  ['digital_basics', 'general', 'skill', 'Omgaan met computer en apps', 'Basic computer and app skills', 1],
  ['driving_licence_b', 'general', 'skill', 'Rijbewijs B (auto)', 'Car driving licence (B)', 1],
  ['moped_licence_am', 'general', 'skill', 'Rijbewijs AM (scooter)', 'Moped licence (AM)', 1],
  ['first_aid', 'general', 'skill', 'EHBO-diploma', 'First aid certificate', 1],
  ['interest_helping_people', 'general', 'interest', 'Interesse in mensen helpen', 'Interested in helping people', 1],
  ['interest_learning_new_things', 'general', 'interest', 'Zin om nieuwe dingen te leren', 'Keen to learn new things', 1],
  ['barista', 'hospitality', 'skill', 'Koffie zetten als barista', 'Making coffee as a barista', 1],
  ['waiting_tables', 'hospitality', 'skill', 'Bedienen aan tafel', 'Waiting tables', 1],
  ['bar_work', 'hospitality', 'skill', 'Achter de bar staan', 'Working behind the bar', 1],
  ['dishwashing', 'hospitality', 'skill', 'Afwassen in een keuken', 'Dishwashing', 1],
  ['hotel_reception', 'hospitality', 'skill', 'Gasten ontvangen bij de receptie', 'Working a hotel front desk', 1],
  ['room_service', 'hospitality', 'skill', 'Hotelkamers opmaken', 'Making up hotel rooms', 1],
  ['interest_hospitality', 'hospitality', 'interest', 'Interesse in de horeca', 'Interested in hospitality', 1],
  ['interest_looking_after_guests', 'hospitality', 'interest', 'Gasten een fijne tijd geven', 'Enjoys looking after guests', 1],
  ['cash_register', 'retail', 'skill', 'Kassawerk', 'Working a till', 1],
  ['shelf_stacking', 'retail', 'skill', 'Vakken vullen', 'Shelf stacking', 1],
  ['shop_advice', 'retail', 'skill', 'Klanten advies geven in de winkel', 'Advising customers in a shop', 1],
  ['shop_displays', 'retail', 'skill', 'Schappen en etalage mooi inrichten', 'Arranging shelves and window displays', 1],
  ['stock_counting', 'retail', 'skill', 'Voorraad tellen en bijhouden', 'Counting and keeping track of stock', 1],
  ['interest_fashion', 'retail', 'interest', 'Interesse in mode', 'Interested in fashion', 1],
  ['interest_selling', 'retail', 'interest', 'Interesse in verkopen', 'Interested in selling', 1],
  ['order_picking', 'logistics', 'skill', 'Orderpicken', 'Order picking', 1],
  ['forklift_certificate', 'logistics', 'skill', 'Heftruckcertificaat', 'Forklift certificate', 1],
  ['pallet_truck', 'logistics', 'skill', 'Werken met een pompwagen', 'Using a pallet truck', 1],
  ['packing_shipping', 'logistics', 'skill', 'Inpakken en verzenden', 'Packing and shipping', 1],
  ['parcel_delivery', 'logistics', 'skill', 'Pakketjes bezorgen', 'Delivering parcels', 1],
  ['interest_logistics', 'logistics', 'interest', 'Interesse in logistiek en transport', 'Interested in logistics and transport', 1],
  ['interest_physical_work', 'logistics', 'interest', 'Graag bezig met je handen en lijf', 'Enjoys active, physical work', 1],
  ['building_site_helper', 'construction_technical', 'skill', 'Helpen op de bouwplaats', 'Helping on a building site', 1],
  ['basic_carpentry', 'construction_technical', 'skill', 'Simpel timmerwerk', 'Basic carpentry', 1],
  ['painting_decorating', 'construction_technical', 'skill', 'Schilderen en behangen', 'Painting and decorating', 1],
  ['basic_electrical', 'construction_technical', 'skill', 'Eenvoudig elektrawerk', 'Basic electrical work', 1],
  ['power_tools', 'construction_technical', 'skill', 'Werken met elektrisch gereedschap', 'Using power tools', 1],
  ['vca_certificate', 'construction_technical', 'skill', 'VCA-diploma (veilig werken)', 'VCA safety certificate', 1],
  ['interest_building', 'construction_technical', 'interest', 'Interesse in bouwen en klussen', 'Interested in building and DIY', 1],
  ['interest_technology', 'construction_technical', 'interest', 'Interesse in techniek', 'Interested in how things work', 1],
  ['helping_elderly', 'care_welfare', 'skill', 'Ouderen helpen', 'Helping older people', 1],
  ['childcare', 'care_welfare', 'skill', 'Oppassen op kinderen', 'Looking after children', 1],
  ['meal_assistance', 'care_welfare', 'skill', 'Helpen bij eten en drinken', 'Helping people with meals', 1],
  ['running_activities', 'care_welfare', 'skill', 'Activiteiten begeleiden', 'Running activities for residents', 1],
  ['household_help', 'care_welfare', 'skill', 'Helpen in het huishouden bij mensen thuis', 'Helping with housework in people\'s homes', 1],
  ['interest_care', 'care_welfare', 'interest', 'Interesse in de zorg', 'Interested in care work', 1],
  ['interest_working_with_children', 'care_welfare', 'interest', 'Interesse in werken met kinderen', 'Interested in working with children', 1],
  ['device_repair', 'ict_media', 'skill', 'Computers en telefoons repareren', 'Repairing computers and phones', 1],
  ['it_helpdesk', 'ict_media', 'skill', 'Mensen helpen met computerproblemen', 'Helping people with computer problems', 1],
  ['programming', 'ict_media', 'skill', 'Programmeren', 'Programming', 1],
  ['website_building', 'ict_media', 'skill', 'Websites maken', 'Building websites', 1],
  ['social_media_content', 'ict_media', 'skill', 'Posts en filmpjes maken voor social media', 'Creating social media content', 1],
  ['video_editing', 'ict_media', 'skill', 'Video\'s monteren', 'Video editing', 1],
  ['interest_computers', 'ict_media', 'interest', 'Interesse in computers en ICT', 'Interested in computers and IT', 1],
  ['interest_gaming', 'ict_media', 'interest', 'Interesse in games', 'Interested in gaming', 1],
  ['office_cleaning', 'cleaning_facility', 'skill', 'Kantoren schoonmaken', 'Office cleaning', 1],
  ['floor_scrubber', 'cleaning_facility', 'skill', 'Werken met een schrobmachine', 'Using a floor scrubber', 1],
  ['window_cleaning', 'cleaning_facility', 'skill', 'Ramen wassen', 'Window cleaning', 1],
  ['mail_room', 'cleaning_facility', 'skill', 'Post sorteren en rondbrengen', 'Sorting and delivering mail', 1],
  ['interest_clean_and_tidy', 'cleaning_facility', 'interest', 'Houdt van schoon en netjes', 'Likes things clean and tidy', 1],
  ['interest_behind_the_scenes', 'cleaning_facility', 'interest', 'Graag achter de schermen werken', 'Enjoys working behind the scenes', 1],
  ['gardening', 'green_agriculture', 'skill', 'Tuinieren', 'Gardening', 1],
  ['mowing_pruning', 'green_agriculture', 'skill', 'Gras maaien en snoeien', 'Mowing and pruning', 1],
  ['harvesting', 'green_agriculture', 'skill', 'Oogsten en plukken', 'Harvesting and picking', 1],
  ['greenhouse_work', 'green_agriculture', 'skill', 'Werken in de kas', 'Greenhouse work', 1],
  ['animal_care', 'green_agriculture', 'skill', 'Dieren verzorgen', 'Looking after animals', 1],
  ['interest_nature', 'green_agriculture', 'interest', 'Interesse in natuur en planten', 'Interested in nature and plants', 1],
  ['interest_animals', 'green_agriculture', 'interest', 'Interesse in dieren', 'Interested in animals', 1],
  ['interest_working_outdoors', 'green_agriculture', 'interest', 'Graag buiten werken', 'Enjoys working outdoors', 1],
  ['bicycle_repair', 'automotive_bicycles', 'skill', 'Fietsen repareren', 'Repairing bicycles', 1],
  ['scooter_repair', 'automotive_bicycles', 'skill', 'Scooters repareren', 'Repairing scooters', 1],
  ['tyre_changing', 'automotive_bicycles', 'skill', 'Banden wisselen', 'Changing tyres', 1],
  ['car_maintenance_basics', 'automotive_bicycles', 'skill', 'Eenvoudig onderhoud aan auto\'s', 'Basic car maintenance', 1],
  ['car_valeting', 'automotive_bicycles', 'skill', 'Auto\'s wassen en poetsen', 'Washing and valeting cars', 1],
  ['interest_cars', 'automotive_bicycles', 'interest', 'Interesse in auto\'s en motoren', 'Interested in cars and engines', 1],
  ['interest_bicycles', 'automotive_bicycles', 'interest', 'Interesse in fietsen', 'Interested in bicycles', 1],
  ['sports_coaching', 'sport_recreation', 'skill', 'Sporttraining geven', 'Coaching a sport', 1],
  ['lifeguard_certificate', 'sport_recreation', 'skill', 'Diploma zwemmend redden', 'Lifeguard certificate', 1],
  ['camp_leader', 'sport_recreation', 'skill', 'Leiding geven op een kamp', 'Leading a holiday camp', 1],
  ['holiday_park_host', 'sport_recreation', 'skill', 'Gasten helpen op een camping of vakantiepark', 'Hosting guests at a campsite or holiday park', 1],
  ['interest_sports', 'sport_recreation', 'interest', 'Interesse in sport', 'Interested in sport', 1],
  ['interest_teaching_others', 'sport_recreation', 'interest', 'Graag anderen iets leren', 'Enjoys teaching others', 1],
  ['data_entry', 'office_administration', 'skill', 'Gegevens invoeren in de computer', 'Data entry', 1],
  ['office_software', 'office_administration', 'skill', 'Werken met Word en Excel', 'Using Word and Excel', 1],
  ['answering_phone', 'office_administration', 'skill', 'De telefoon aannemen', 'Answering the phone', 1],
  ['filing', 'office_administration', 'skill', 'Papieren en bestanden ordenen', 'Filing and organising documents', 1],
  ['front_desk', 'office_administration', 'skill', 'Bezoekers ontvangen bij de balie', 'Welcoming visitors at reception', 1],
  ['interest_office_work', 'office_administration', 'interest', 'Interesse in kantoorwerk', 'Interested in office work', 1],
  ['interest_numbers', 'office_administration', 'interest', 'Interesse in cijfers en rekenen', 'Interested in numbers and figures', 1],
  ['event_setup', 'creative_events', 'skill', 'Evenementen opbouwen en afbreken', 'Setting up and taking down events', 1],
  ['light_and_sound', 'creative_events', 'skill', 'Licht en geluid regelen', 'Running lights and sound', 1],
  ['ticket_scanning', 'creative_events', 'skill', 'Kaartjes scannen en bezoekers ontvangen', 'Scanning tickets and welcoming visitors', 1],
  ['graphic_design', 'creative_events', 'skill', 'Grafisch ontwerpen', 'Graphic design', 1],
  ['photography', 'creative_events', 'skill', 'Foto\'s maken', 'Photography', 1],
  ['interest_music', 'creative_events', 'interest', 'Interesse in muziek', 'Interested in music', 1],
  ['interest_festivals', 'creative_events', 'interest', 'Interesse in festivals en evenementen', 'Interested in festivals and events', 1],
  ['interest_art_design', 'creative_events', 'interest', 'Interesse in kunst en ontwerpen', 'Interested in art and design', 1],
  ['baking', 'food_production', 'skill', 'Brood en gebak bakken', 'Baking bread and pastries', 1],
  ['kitchen_prep', 'food_production', 'skill', 'Eten voorbereiden in de keuken', 'Kitchen prep', 1],
  ['cooking', 'food_production', 'skill', 'Koken', 'Cooking', 1],
  ['production_line', 'food_production', 'skill', 'Werken aan een productielijn', 'Working on a production line', 1],
  ['food_hygiene', 'food_production', 'skill', 'Werken volgens de hygiëneregels (HACCP)', 'Food hygiene (HACCP)', 1],
  ['interest_cooking', 'food_production', 'interest', 'Interesse in koken', 'Interested in cooking', 1],
  ['interest_baking', 'food_production', 'interest', 'Interesse in bakken', 'Interested in baking', 1],
] as const;
const RISK_FACTORS = [
  ['being_male', 'risk', 'persoonlijk', 'Man-zijn', 'Being male', 'founded', 'general'],
  ['family_emotional_ties_organised_crime', 'risk', 'persoonlijk', 'Familiebanden en emotionele relaties met personen in georganiseerde criminaliteit', 'Family ties and emotional relationships with people in organised crime', 'plausible', 'women'],
  ['older_than_offender_population', 'risk', 'persoonlijk', 'Hogere leeftijd t.o.v. de algemene populatie veroordeelden', 'Older than the general population of convicted offenders', 'founded', 'general'],
  ['marginalised', 'risk', 'persoonlijk', 'Gemarginaliseerd worden', 'Being marginalised', 'plausible', 'general'],
  ['antisocial_traits', 'risk', 'psychologisch', 'Antisociale persoonlijkheidskenmerken', 'Antisocial personality traits', 'founded', 'general'],
  ['low_self_control', 'risk', 'psychologisch', 'Lage zelfcontrole', 'Low self-control', 'plausible', 'general'],
  ['disillusioned_about_future', 'risk', 'psychologisch', 'Gevoel van desillusie over de toekomst', 'Disillusionment about the future', 'plausible', 'youth'],
  ['criminal_background', 'risk', 'criminaliteit', 'Een criminele achtergrond', 'A criminal background', 'founded', 'general'],
  ['willing_to_use_violence', 'risk', 'criminaliteit', 'De bereidheid om geweld toe te passen', 'Willingness to use violence', 'plausible', 'general'],
  ['drug_convictions', 'risk', 'criminaliteit', 'Het hebben van drugsveroordelingen', 'Drug convictions', 'plausible', 'general'],
  ['detention_history', 'risk', 'criminaliteit', 'Het hebben van een detentiegeschiedenis', 'A history of detention', 'plausible', 'general'],
  ['problematic_youth_group', 'risk', 'criminaliteit', 'Deelname aan een ernstige problematische jeugdgroep of -netwerk', 'Member of a seriously problematic youth group or network', 'plausible', 'youth'],
  ['violent_offences_youth', 'risk', 'criminaliteit', 'Het plegen van geweldsdelicten tijdens jeugd of adolescentie', 'Violent offences in childhood or adolescence', 'plausible', 'youth'],
  ['criminal_skills', 'risk', 'criminaliteit', 'In het bezit zijn van criminele vaardigheden', 'Criminal skills', 'founded', 'general'],
  ['criminal_reputation', 'risk', 'criminaliteit', 'Een criminele reputatie hebben', 'A criminal reputation', 'plausible', 'general'],
  ['drug_use', 'risk', 'levensstijl', 'Drugsgebruik', 'Drug use', 'founded', 'mainly youth'],
  ['crime_attractive_lifestyle', 'risk', 'levensstijl', 'Het idee dat criminele groepen een aantrekkelijke levensstijl en snel geld bieden', 'Belief that criminal groups offer an attractive lifestyle and easy money', 'plausible', 'youth'],
  ['soft_drugs_negative_peers_dropout', 'risk', 'levensstijl', 'Softdrugsgebruik met negatieve vrienden en voortijdig schoolverlaten', 'Soft-drug use with negative peers and early school leaving', 'plausible', 'youth'],
  ['school_money_drug_problems', 'risk', 'levensstijl', 'Problematiek op school, op financieel en/of drugsgebied', 'Problems at school, with money and/or drugs', 'plausible', 'youth'],
  ['introduced_by_criminal_group_member', 'risk', 'sociale bindingen', 'Geïntroduceerd worden door een lid van een georganiseerde criminele groep', 'Introduced by a member of an organised criminal group', 'plausible', 'general'],
  ['family_ties_organised_crime', 'risk', 'sociale bindingen', 'Familiebanden binnen georganiseerde criminaliteit', 'Family ties within organised crime', 'founded', 'general'],
  ['friends_ties_organised_crime', 'risk', 'sociale bindingen', 'Banden met vrienden en kennissen binnen georganiseerde criminaliteit', 'Ties with friends and acquaintances within organised crime', 'founded', 'general'],
  ['role_models_organised_crime', 'risk', 'sociaal overig', 'Rolmodellen binnen de georganiseerde criminaliteit', 'Role models within organised crime', 'plausible', 'general'],
  ['neighbourhood_criminal_group', 'risk', 'sociaal overig', 'Wonen in een buurt waar een georganiseerde criminele groep opereert', 'Living where an organised criminal group operates', 'plausible', 'general'],
  ['wanting_to_belong', 'risk', 'sociaal overig', 'Het gevoel van erbij horen', 'Wanting to belong', 'plausible', 'general'],
  ['lack_of_social_control', 'risk', 'sociaal overig', 'Een gebrek aan sociale controle', 'Lack of social control', 'plausible', 'general'],
  ['unstable_family', 'risk', 'sociaal overig', 'Opgroeien in een minder stabiele gezinssituatie', 'Growing up in a less stable family', 'plausible', 'general'],
  ['low_education', 'risk', 'opleiding en werk', 'Een laag opleidingsniveau', 'Low level of education', 'founded', 'general'],
  ['low_socioeconomic_status', 'risk', 'opleiding en werk', 'Lage sociaal-economische status', 'Low socio-economic status', 'plausible', 'general'],
  ['debts', 'risk', 'opleiding en werk', 'Schuldenproblematiek', 'Debts', 'plausible', 'general'],
  ['lack_of_employment', 'risk', 'opleiding en werk', 'Gebrek aan werkgelegenheid', 'Lack of employment', 'plausible', 'general'],
  ['specific_work_conditions', 'risk', 'opleiding en werk', 'Het hebben van specifiek werk (werkomstandigheden)', 'Specific work (working conditions)', 'founded', 'general'],
  ['work_ties_organised_crime', 'risk', 'opleiding en werk', 'Een werkomgeving waarin sociale banden met personen in de georganiseerde criminaliteit ontstaan', 'A work environment where ties with people in organised crime arise', 'founded', 'general'],
  ['financially_vulnerable', 'risk', 'rol', 'Financieel kwetsbaar zijn', 'Financially vulnerable', 'plausible', 'money mules'],
  ['able_to_reflect', 'protective', 'beschermend', 'Kunnen reflecteren', 'Able to reflect', 'none', 'general'],
  ['moral_insight', 'protective', 'beschermend', 'Het hebben van moreel inzicht', 'Moral insight', 'none', 'general'],
  ['new_identity', 'protective', 'beschermend', 'Het ontwikkelen van een nieuwe identiteit', 'Developing a new identity', 'none', 'youth'],
  ['crime_too_stressful', 'protective', 'beschermend', 'Het criminele leven te stressvol vinden', 'Finding criminal life too stressful', 'none', 'youth'],
  ['supporting_adult', 'protective', 'beschermend', 'Een betekenisvolle steunende derde', 'A meaningful supporting adult', 'none', 'general'],
  ['recognition_of_talents', 'protective', 'beschermend', 'Erkenning van talenten en succeservaringen', 'Recognition of talents and experiences of success', 'none', 'general'],
  ['change_of_environment', 'protective', 'beschermend', 'Een verandering van omgeving', 'A change of environment', 'none', 'general'],
  ['life_course_events', 'protective', 'beschermend', 'Levensloopgebeurtenissen', 'Life-course events', 'none', 'youth'],
  ['having_aspirations', 'protective', 'beschermend', 'Het hebben van aspiraties', 'Having aspirations', 'none', 'general'],
  ['criminal_income_disappointing', 'protective', 'beschermend', 'Het financiële gewin binnen de criminaliteit tegenvallen', 'Finding criminal income disappointing', 'none', 'youth'],
  ['no_debts', 'protective', 'beschermend', 'De afwezigheid van schulden', 'Absence of debts', 'none', 'youth'],
  ['having_a_job', 'protective', 'beschermend', 'Het hebben van een baan', 'Having a job', 'none', 'youth'],
] as const;

/** The database role employer-facing reads run under; it may read the employer views only. */
export const EMPLOYER_READER_ROLE = 'startbaan_employer_reader';

/**
 * Youth profiles with identity and sealed record apart and encrypted, consent, the PC4
 * table, the skills vocabulary and risk factors, and the employer-facing candidate view
 * readable by a role that has no privilege on anything else.
 */
export class Youth1795600000000 implements MigrationInterface {
  name = 'Youth1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "region" ADD "youth_min_age" smallint NOT NULL DEFAULT 15, ADD "youth_max_age" smallint NOT NULL DEFAULT 27,
      ADD CONSTRAINT "region_youth_age_band_check" CHECK ("youth_min_age" >= 13 AND "youth_min_age" <= "youth_max_age" AND "youth_max_age" <= 30)`);

    await q.query(`CREATE TABLE "pc4_area" ("pc4" character(4) NOT NULL, "places" text NOT NULL, "municipality" text NOT NULL,
      "lat" double precision NOT NULL, "lon" double precision NOT NULL, "position" point NOT NULL, CONSTRAINT "pc4_area_pkey" PRIMARY KEY ("pc4"))`);
    await q.query(`CREATE INDEX "pc4_area_position_idx" ON "pc4_area" USING gist ("position")`);
    const areas = pc4Areas();
    // position: kilometres on a plane around 52.1°N (x east, y north), so that <-> is close to km.
    await q.query(
      `INSERT INTO "pc4_area" ("pc4", "places", "municipality", "lat", "lon", "position")
       SELECT pc4, places, municipality, lat, lon, point(lon * 111.320 * cos(radians(52.1)), lat * 110.574)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[]) AS t(pc4, places, municipality, lat, lon)`,
      [areas.map((a) => a.pc4), areas.map((a) => a.places), areas.map((a) => a.municipality), areas.map((a) => a.lat), areas.map((a) => a.lon)],
    );

    await q.query(`CREATE TABLE "vocabulary_sector" ("code" character varying(40) NOT NULL, "label_nl" character varying(120) NOT NULL,
      "label_en" character varying(120) NOT NULL, CONSTRAINT "vocabulary_sector_pkey" PRIMARY KEY ("code"))`);
    await q.query(`CREATE TABLE "vocabulary_term" ("code" character varying(60) NOT NULL, "sector" character varying(40) NOT NULL REFERENCES "vocabulary_sector"("code"),
      "kind" character varying(10) NOT NULL, "label_nl" character varying(160) NOT NULL, "label_en" character varying(160) NOT NULL,
      "since" smallint NOT NULL, "retired_in" smallint, CONSTRAINT "vocabulary_term_kind_check" CHECK ("kind" IN ('skill', 'interest')),
      CONSTRAINT "vocabulary_term_pkey" PRIMARY KEY ("code"))`);
    for (const row of VOCABULARY_SECTORS) {
      await q.query(`INSERT INTO "vocabulary_sector" ("code", "label_nl", "label_en") VALUES ($1, $2, $3)`, [...row]);
    }
    for (const row of VOCABULARY_TERMS) {
      await q.query(`INSERT INTO "vocabulary_term" ("code", "sector", "kind", "label_nl", "label_en", "since") VALUES ($1, $2, $3, $4, $5, $6)`, [...row]);
    }
    await q.query(`CREATE TABLE "risk_factor" ("code" character varying(60) NOT NULL, "kind" character varying(12) NOT NULL, "category" character varying(40) NOT NULL,
      "label_nl" text NOT NULL, "label_en" text NOT NULL, "evidence" character varying(12) NOT NULL, "group" character varying(20) NOT NULL,
      CONSTRAINT "risk_factor_kind_check" CHECK ("kind" IN ('risk', 'protective')), CONSTRAINT "risk_factor_pkey" PRIMARY KEY ("code"))`);
    for (const row of RISK_FACTORS) {
      await q.query(`INSERT INTO "risk_factor" ("code", "kind", "category", "label_nl", "label_en", "evidence", "group") VALUES ($1, $2, $3, $4, $5, $6, $7)`, [...row]);
    }

    await q.query(`CREATE TABLE "youth" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "organisation_id" uuid REFERENCES "organisation"("id") ON DELETE RESTRICT,
      "pseudonym" character varying(20) NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'active',
      "date_of_birth" date,
      "pc4" character(4) REFERENCES "pc4_area"("pc4"),
      "education_level" character varying(30),
      "education" jsonb NOT NULL DEFAULT '{}',
      "skills" text[] NOT NULL DEFAULT '{}',
      "interests" text[] NOT NULL DEFAULT '{}',
      "other_skills" character varying(200),
      "languages" text[] NOT NULL DEFAULT '{}',
      "availability" jsonb NOT NULL DEFAULT '[]',
      "available_from" date,
      "available_to" date,
      "wished_kinds" text[] NOT NULL DEFAULT '{}',
      "max_travel_km" smallint,
      "motivation" character varying(600),
      "version" integer NOT NULL DEFAULT 1,
      "created_by" uuid,
      "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "erased_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_status_check" CHECK ("status" IN ('active', 'erased')),
      CONSTRAINT "youth_active_complete_check" CHECK ("status" = 'erased' OR ("date_of_birth" IS NOT NULL AND "pc4" IS NOT NULL)),
      CONSTRAINT "youth_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "youth_region_pseudonym_key" ON "youth" ("region_id", "pseudonym")`);
    await q.query(`CREATE INDEX "youth_region_created_idx" ON "youth" ("region_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "youth_organisation_created_idx" ON "youth" ("organisation_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "youth_skills_idx" ON "youth" USING gin ("skills")`);
    await q.query(`CREATE INDEX "youth_last_activity_idx" ON "youth" ("last_activity_at") WHERE "status" = 'active'`);

    await q.query(`CREATE TABLE "youth_identity" ("youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "key_id" character varying(20) NOT NULL, "data" bytea NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_identity_pkey" PRIMARY KEY ("youth_id"))`);
    await q.query(`CREATE TABLE "youth_sealed" ("youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "priority" boolean NOT NULL DEFAULT false, "key_id" character varying(20) NOT NULL, "data" bytea NOT NULL,
      "version" integer NOT NULL DEFAULT 1, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_sealed_pkey" PRIMARY KEY ("youth_id"))`);
    await q.query(`CREATE TABLE "youth_consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "scope" character varying(20) NOT NULL, "given_by" character varying(20) NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "recorded_by" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, "withdrawal_reason" character varying(300),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_consent_scope_check" CHECK ("scope" IN ('matching', 'introductions')),
      CONSTRAINT "youth_consent_given_by_check" CHECK ("given_by" IN ('youth', 'parent_guardian')),
      CONSTRAINT "youth_consent_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "youth_consent_active_key" ON "youth_consent" ("youth_id", "scope") WHERE "withdrawn_at" IS NULL`);

    // What an employer may ever learn about a youth, and nothing else.
    await q.query(`CREATE VIEW "employer_candidate_card" AS
      SELECT y."id" AS "youth_id", y."region_id", y."pseudonym",
             date_part('year', age(current_date, y."date_of_birth"))::int AS "age_years",
             y."education_level", y."skills", y."interests", y."languages", y."availability", y."motivation"
      FROM "youth" y WHERE y."status" = 'active'`);
    // A band, computed where the positions are: the employer role never sees a PC4 or a position.
    await q.query(`CREATE FUNCTION "candidate_distance_band"(p_youth uuid, p_pc4 character(4)) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT CASE WHEN d < 5 THEN '0-5' WHEN d < 10 THEN '5-10' WHEN d < 20 THEN '10-20' ELSE '20+' END
        FROM (SELECT 2 * 6371.0088 * asin(least(1, sqrt(
                 sin(radians(b.lat - a.lat) / 2) ^ 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(radians(b.lon - a.lon) / 2) ^ 2))) AS d
              FROM youth y JOIN pc4_area a ON a.pc4 = y.pc4 JOIN pc4_area b ON b.pc4 = p_pc4
              WHERE y.id = p_youth AND y.status = 'active') x
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION "candidate_distance_band"(uuid, character) FROM PUBLIC`);
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${EMPLOYER_READER_ROLE}') THEN CREATE ROLE ${EMPLOYER_READER_ROLE} NOLOGIN; END IF;
    END $$`);
    // The application's own login may switch to the role (SET LOCAL ROLE) for employer reads.
    await q.query(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, '${EMPLOYER_READER_ROLE}', 'MEMBER') THEN EXECUTE format('GRANT ${EMPLOYER_READER_ROLE} TO %I', current_user); END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${EMPLOYER_READER_ROLE}`);
    await q.query(`GRANT SELECT ON "employer_candidate_card", "vocabulary_sector", "vocabulary_term" TO ${EMPLOYER_READER_ROLE}`);
    await q.query(`GRANT EXECUTE ON FUNCTION "candidate_distance_band"(uuid, character) TO ${EMPLOYER_READER_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The role is cluster-wide and may serve other databases: its grants go with the objects.
    await q.query(`DROP FUNCTION "candidate_distance_band"(uuid, character)`);
    await q.query(`DROP VIEW "employer_candidate_card"`);
    await q.query(`DROP TABLE "youth_consent"`);
    await q.query(`DROP TABLE "youth_sealed"`);
    await q.query(`DROP TABLE "youth_identity"`);
    await q.query(`DROP TABLE "youth"`);
    await q.query(`DROP TABLE "risk_factor"`);
    await q.query(`DROP TABLE "vocabulary_term"`);
    await q.query(`DROP TABLE "vocabulary_sector"`);
    await q.query(`DROP TABLE "pc4_area"`);
    await q.query(`ALTER TABLE "region" DROP CONSTRAINT "region_youth_age_band_check", DROP COLUMN "youth_max_age", DROP COLUMN "youth_min_age"`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${EMPLOYER_READER_ROLE}`);
  }
}
