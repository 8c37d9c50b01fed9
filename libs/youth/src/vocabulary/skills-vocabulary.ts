/**
 * The controlled vocabulary of skills and interests shared by youth profiles and vacancies: first jobs,
 * summer jobs, internships and BBL places for young people of 15 to 27 in the Netherlands.
 * Codes are stable: a term is never renamed or reused, only retired in a later version.
 */

/** Bump when terms are added or retired; new terms carry the new version in `since`. */
export const SKILLS_VOCABULARY_VERSION = 1;

export interface VocabularySector {
  code: string;
  labelNl: string;
  labelEn: string;
}

export interface VocabularyTerm {
  code: string;
  sector: string;
  /** skill: something you can do; interest: something you like. */
  kind: 'skill' | 'interest';
  labelNl: string;
  labelEn: string;
  /** The vocabulary version that introduced the term. */
  since: number;
}

export const VOCABULARY_SECTORS: readonly VocabularySector[] = [
  { code: 'general', labelNl: 'Algemene werkvaardigheden', labelEn: 'General work skills' },
  { code: 'hospitality', labelNl: 'Horeca', labelEn: 'Hospitality' },
  { code: 'retail', labelNl: 'Winkel en verkoop', labelEn: 'Retail and sales' },
  { code: 'logistics', labelNl: 'Logistiek en magazijn', labelEn: 'Logistics and warehousing' },
  { code: 'construction_technical', labelNl: 'Bouw en techniek', labelEn: 'Construction and technical trades' },
  { code: 'care_welfare', labelNl: 'Zorg en welzijn', labelEn: 'Care and welfare' },
  { code: 'ict_media', labelNl: 'ICT en media', labelEn: 'IT and media' },
  { code: 'cleaning_facility', labelNl: 'Schoonmaak en facilitair', labelEn: 'Cleaning and facilities' },
  { code: 'green_agriculture', labelNl: 'Groen, tuin en landbouw', labelEn: 'Gardens, green spaces and agriculture' },
  { code: 'automotive_bicycles', labelNl: "Auto's, scooters en fietsen", labelEn: 'Cars, scooters and bicycles' },
  { code: 'sport_recreation', labelNl: 'Sport en recreatie', labelEn: 'Sport and recreation' },
  { code: 'office_administration', labelNl: 'Kantoor en administratie', labelEn: 'Office and administration' },
  { code: 'creative_events', labelNl: 'Creatief en evenementen', labelEn: 'Creative work and events' },
  { code: 'food_production', labelNl: 'Eten maken (bakkerij, keuken, productie)', labelEn: 'Food production (bakery, kitchen, factory)' },
];

export const VOCABULARY_TERMS: readonly VocabularyTerm[] = [
  // General: work skills that count in every sector.
  { code: 'punctuality', sector: 'general', kind: 'skill', labelNl: 'Op tijd komen', labelEn: 'Being on time', since: 1 },
  { code: 'reliability', sector: 'general', kind: 'skill', labelNl: 'Afspraken nakomen', labelEn: 'Keeping to agreements', since: 1 },
  { code: 'teamwork', sector: 'general', kind: 'skill', labelNl: 'Samenwerken', labelEn: 'Teamwork', since: 1 },
  { code: 'working_independently', sector: 'general', kind: 'skill', labelNl: 'Zelfstandig werken', labelEn: 'Working on your own', since: 1 },
  { code: 'following_instructions', sector: 'general', kind: 'skill', labelNl: 'Instructies opvolgen', labelEn: 'Following instructions', since: 1 },
  { code: 'customer_contact', sector: 'general', kind: 'skill', labelNl: 'Klanten vriendelijk helpen', labelEn: 'Dealing with customers', since: 1 },
  { code: 'dutch_language', sector: 'general', kind: 'skill', labelNl: 'Nederlands spreken en schrijven', labelEn: 'Speaking and writing Dutch', since: 1 },
  { code: 'english_language', sector: 'general', kind: 'skill', labelNl: 'Engels spreken', labelEn: 'Speaking English', since: 1 },
  { code: 'digital_basics', sector: 'general', kind: 'skill', labelNl: 'Omgaan met computer en apps', labelEn: 'Basic computer and app skills', since: 1 },
  { code: 'driving_licence_b', sector: 'general', kind: 'skill', labelNl: 'Rijbewijs B (auto)', labelEn: 'Car driving licence (B)', since: 1 },
  { code: 'moped_licence_am', sector: 'general', kind: 'skill', labelNl: 'Rijbewijs AM (scooter)', labelEn: 'Moped licence (AM)', since: 1 },
  { code: 'first_aid', sector: 'general', kind: 'skill', labelNl: 'EHBO-diploma', labelEn: 'First aid certificate', since: 1 },
  { code: 'interest_helping_people', sector: 'general', kind: 'interest', labelNl: 'Interesse in mensen helpen', labelEn: 'Interested in helping people', since: 1 },
  { code: 'interest_learning_new_things', sector: 'general', kind: 'interest', labelNl: 'Zin om nieuwe dingen te leren', labelEn: 'Keen to learn new things', since: 1 },

  // Hospitality.
  { code: 'barista', sector: 'hospitality', kind: 'skill', labelNl: 'Koffie zetten als barista', labelEn: 'Making coffee as a barista', since: 1 },
  { code: 'waiting_tables', sector: 'hospitality', kind: 'skill', labelNl: 'Bedienen aan tafel', labelEn: 'Waiting tables', since: 1 },
  { code: 'bar_work', sector: 'hospitality', kind: 'skill', labelNl: 'Achter de bar staan', labelEn: 'Working behind the bar', since: 1 },
  { code: 'dishwashing', sector: 'hospitality', kind: 'skill', labelNl: 'Afwassen in een keuken', labelEn: 'Dishwashing', since: 1 },
  { code: 'hotel_reception', sector: 'hospitality', kind: 'skill', labelNl: 'Gasten ontvangen bij de receptie', labelEn: 'Working a hotel front desk', since: 1 },
  { code: 'room_service', sector: 'hospitality', kind: 'skill', labelNl: 'Hotelkamers opmaken', labelEn: 'Making up hotel rooms', since: 1 },
  { code: 'interest_hospitality', sector: 'hospitality', kind: 'interest', labelNl: 'Interesse in de horeca', labelEn: 'Interested in hospitality', since: 1 },
  { code: 'interest_looking_after_guests', sector: 'hospitality', kind: 'interest', labelNl: 'Gasten een fijne tijd geven', labelEn: 'Enjoys looking after guests', since: 1 },

  // Retail.
  { code: 'cash_register', sector: 'retail', kind: 'skill', labelNl: 'Kassawerk', labelEn: 'Working a till', since: 1 },
  { code: 'shelf_stacking', sector: 'retail', kind: 'skill', labelNl: 'Vakken vullen', labelEn: 'Shelf stacking', since: 1 },
  { code: 'shop_advice', sector: 'retail', kind: 'skill', labelNl: 'Klanten advies geven in de winkel', labelEn: 'Advising customers in a shop', since: 1 },
  { code: 'shop_displays', sector: 'retail', kind: 'skill', labelNl: 'Schappen en etalage mooi inrichten', labelEn: 'Arranging shelves and window displays', since: 1 },
  { code: 'stock_counting', sector: 'retail', kind: 'skill', labelNl: 'Voorraad tellen en bijhouden', labelEn: 'Counting and keeping track of stock', since: 1 },
  { code: 'interest_fashion', sector: 'retail', kind: 'interest', labelNl: 'Interesse in mode', labelEn: 'Interested in fashion', since: 1 },
  { code: 'interest_selling', sector: 'retail', kind: 'interest', labelNl: 'Interesse in verkopen', labelEn: 'Interested in selling', since: 1 },

  // Logistics and warehousing.
  { code: 'order_picking', sector: 'logistics', kind: 'skill', labelNl: 'Orderpicken', labelEn: 'Order picking', since: 1 },
  { code: 'forklift_certificate', sector: 'logistics', kind: 'skill', labelNl: 'Heftruckcertificaat', labelEn: 'Forklift certificate', since: 1 },
  { code: 'pallet_truck', sector: 'logistics', kind: 'skill', labelNl: 'Werken met een pompwagen', labelEn: 'Using a pallet truck', since: 1 },
  { code: 'packing_shipping', sector: 'logistics', kind: 'skill', labelNl: 'Inpakken en verzenden', labelEn: 'Packing and shipping', since: 1 },
  { code: 'parcel_delivery', sector: 'logistics', kind: 'skill', labelNl: 'Pakketjes bezorgen', labelEn: 'Delivering parcels', since: 1 },
  { code: 'interest_logistics', sector: 'logistics', kind: 'interest', labelNl: 'Interesse in logistiek en transport', labelEn: 'Interested in logistics and transport', since: 1 },
  { code: 'interest_physical_work', sector: 'logistics', kind: 'interest', labelNl: 'Graag bezig met je handen en lijf', labelEn: 'Enjoys active, physical work', since: 1 },

  // Construction and technical trades.
  { code: 'building_site_helper', sector: 'construction_technical', kind: 'skill', labelNl: 'Helpen op de bouwplaats', labelEn: 'Helping on a building site', since: 1 },
  { code: 'basic_carpentry', sector: 'construction_technical', kind: 'skill', labelNl: 'Simpel timmerwerk', labelEn: 'Basic carpentry', since: 1 },
  { code: 'painting_decorating', sector: 'construction_technical', kind: 'skill', labelNl: 'Schilderen en behangen', labelEn: 'Painting and decorating', since: 1 },
  { code: 'basic_electrical', sector: 'construction_technical', kind: 'skill', labelNl: 'Eenvoudig elektrawerk', labelEn: 'Basic electrical work', since: 1 },
  { code: 'power_tools', sector: 'construction_technical', kind: 'skill', labelNl: 'Werken met elektrisch gereedschap', labelEn: 'Using power tools', since: 1 },
  { code: 'vca_certificate', sector: 'construction_technical', kind: 'skill', labelNl: 'VCA-diploma (veilig werken)', labelEn: 'VCA safety certificate', since: 1 },
  { code: 'interest_building', sector: 'construction_technical', kind: 'interest', labelNl: 'Interesse in bouwen en klussen', labelEn: 'Interested in building and DIY', since: 1 },
  { code: 'interest_technology', sector: 'construction_technical', kind: 'interest', labelNl: 'Interesse in techniek', labelEn: 'Interested in how things work', since: 1 },

  // Care and welfare.
  { code: 'helping_elderly', sector: 'care_welfare', kind: 'skill', labelNl: 'Ouderen helpen', labelEn: 'Helping older people', since: 1 },
  { code: 'childcare', sector: 'care_welfare', kind: 'skill', labelNl: 'Oppassen op kinderen', labelEn: 'Looking after children', since: 1 },
  { code: 'meal_assistance', sector: 'care_welfare', kind: 'skill', labelNl: 'Helpen bij eten en drinken', labelEn: 'Helping people with meals', since: 1 },
  { code: 'running_activities', sector: 'care_welfare', kind: 'skill', labelNl: 'Activiteiten begeleiden', labelEn: 'Running activities for residents', since: 1 },
  { code: 'household_help', sector: 'care_welfare', kind: 'skill', labelNl: 'Helpen in het huishouden bij mensen thuis', labelEn: "Helping with housework in people's homes", since: 1 },
  { code: 'interest_care', sector: 'care_welfare', kind: 'interest', labelNl: 'Interesse in de zorg', labelEn: 'Interested in care work', since: 1 },
  { code: 'interest_working_with_children', sector: 'care_welfare', kind: 'interest', labelNl: 'Interesse in werken met kinderen', labelEn: 'Interested in working with children', since: 1 },

  // IT and media.
  { code: 'device_repair', sector: 'ict_media', kind: 'skill', labelNl: 'Computers en telefoons repareren', labelEn: 'Repairing computers and phones', since: 1 },
  { code: 'it_helpdesk', sector: 'ict_media', kind: 'skill', labelNl: 'Mensen helpen met computerproblemen', labelEn: 'Helping people with computer problems', since: 1 },
  { code: 'programming', sector: 'ict_media', kind: 'skill', labelNl: 'Programmeren', labelEn: 'Programming', since: 1 },
  { code: 'website_building', sector: 'ict_media', kind: 'skill', labelNl: 'Websites maken', labelEn: 'Building websites', since: 1 },
  { code: 'social_media_content', sector: 'ict_media', kind: 'skill', labelNl: 'Posts en filmpjes maken voor social media', labelEn: 'Creating social media content', since: 1 },
  { code: 'video_editing', sector: 'ict_media', kind: 'skill', labelNl: "Video's monteren", labelEn: 'Video editing', since: 1 },
  { code: 'interest_computers', sector: 'ict_media', kind: 'interest', labelNl: 'Interesse in computers en ICT', labelEn: 'Interested in computers and IT', since: 1 },
  { code: 'interest_gaming', sector: 'ict_media', kind: 'interest', labelNl: 'Interesse in games', labelEn: 'Interested in gaming', since: 1 },

  // Cleaning and facilities.
  { code: 'office_cleaning', sector: 'cleaning_facility', kind: 'skill', labelNl: 'Kantoren schoonmaken', labelEn: 'Office cleaning', since: 1 },
  { code: 'floor_scrubber', sector: 'cleaning_facility', kind: 'skill', labelNl: 'Werken met een schrobmachine', labelEn: 'Using a floor scrubber', since: 1 },
  { code: 'window_cleaning', sector: 'cleaning_facility', kind: 'skill', labelNl: 'Ramen wassen', labelEn: 'Window cleaning', since: 1 },
  { code: 'mail_room', sector: 'cleaning_facility', kind: 'skill', labelNl: 'Post sorteren en rondbrengen', labelEn: 'Sorting and delivering mail', since: 1 },
  { code: 'interest_clean_and_tidy', sector: 'cleaning_facility', kind: 'interest', labelNl: 'Houdt van schoon en netjes', labelEn: 'Likes things clean and tidy', since: 1 },
  { code: 'interest_behind_the_scenes', sector: 'cleaning_facility', kind: 'interest', labelNl: 'Graag achter de schermen werken', labelEn: 'Enjoys working behind the scenes', since: 1 },

  // Gardens, green spaces and agriculture.
  { code: 'gardening', sector: 'green_agriculture', kind: 'skill', labelNl: 'Tuinieren', labelEn: 'Gardening', since: 1 },
  { code: 'mowing_pruning', sector: 'green_agriculture', kind: 'skill', labelNl: 'Gras maaien en snoeien', labelEn: 'Mowing and pruning', since: 1 },
  { code: 'harvesting', sector: 'green_agriculture', kind: 'skill', labelNl: 'Oogsten en plukken', labelEn: 'Harvesting and picking', since: 1 },
  { code: 'greenhouse_work', sector: 'green_agriculture', kind: 'skill', labelNl: 'Werken in de kas', labelEn: 'Greenhouse work', since: 1 },
  { code: 'animal_care', sector: 'green_agriculture', kind: 'skill', labelNl: 'Dieren verzorgen', labelEn: 'Looking after animals', since: 1 },
  { code: 'interest_nature', sector: 'green_agriculture', kind: 'interest', labelNl: 'Interesse in natuur en planten', labelEn: 'Interested in nature and plants', since: 1 },
  { code: 'interest_animals', sector: 'green_agriculture', kind: 'interest', labelNl: 'Interesse in dieren', labelEn: 'Interested in animals', since: 1 },
  { code: 'interest_working_outdoors', sector: 'green_agriculture', kind: 'interest', labelNl: 'Graag buiten werken', labelEn: 'Enjoys working outdoors', since: 1 },

  // Cars, scooters and bicycles.
  { code: 'bicycle_repair', sector: 'automotive_bicycles', kind: 'skill', labelNl: 'Fietsen repareren', labelEn: 'Repairing bicycles', since: 1 },
  { code: 'scooter_repair', sector: 'automotive_bicycles', kind: 'skill', labelNl: 'Scooters repareren', labelEn: 'Repairing scooters', since: 1 },
  { code: 'tyre_changing', sector: 'automotive_bicycles', kind: 'skill', labelNl: 'Banden wisselen', labelEn: 'Changing tyres', since: 1 },
  { code: 'car_maintenance_basics', sector: 'automotive_bicycles', kind: 'skill', labelNl: "Eenvoudig onderhoud aan auto's", labelEn: 'Basic car maintenance', since: 1 },
  { code: 'car_valeting', sector: 'automotive_bicycles', kind: 'skill', labelNl: "Auto's wassen en poetsen", labelEn: 'Washing and valeting cars', since: 1 },
  { code: 'interest_cars', sector: 'automotive_bicycles', kind: 'interest', labelNl: "Interesse in auto's en motoren", labelEn: 'Interested in cars and engines', since: 1 },
  { code: 'interest_bicycles', sector: 'automotive_bicycles', kind: 'interest', labelNl: 'Interesse in fietsen', labelEn: 'Interested in bicycles', since: 1 },

  // Sport and recreation.
  { code: 'sports_coaching', sector: 'sport_recreation', kind: 'skill', labelNl: 'Sporttraining geven', labelEn: 'Coaching a sport', since: 1 },
  { code: 'lifeguard_certificate', sector: 'sport_recreation', kind: 'skill', labelNl: 'Diploma zwemmend redden', labelEn: 'Lifeguard certificate', since: 1 },
  { code: 'camp_leader', sector: 'sport_recreation', kind: 'skill', labelNl: 'Leiding geven op een kamp', labelEn: 'Leading a holiday camp', since: 1 },
  { code: 'holiday_park_host', sector: 'sport_recreation', kind: 'skill', labelNl: 'Gasten helpen op een camping of vakantiepark', labelEn: 'Hosting guests at a campsite or holiday park', since: 1 },
  { code: 'interest_sports', sector: 'sport_recreation', kind: 'interest', labelNl: 'Interesse in sport', labelEn: 'Interested in sport', since: 1 },
  { code: 'interest_teaching_others', sector: 'sport_recreation', kind: 'interest', labelNl: 'Graag anderen iets leren', labelEn: 'Enjoys teaching others', since: 1 },

  // Office and administration.
  { code: 'data_entry', sector: 'office_administration', kind: 'skill', labelNl: 'Gegevens invoeren in de computer', labelEn: 'Data entry', since: 1 },
  { code: 'office_software', sector: 'office_administration', kind: 'skill', labelNl: 'Werken met Word en Excel', labelEn: 'Using Word and Excel', since: 1 },
  { code: 'answering_phone', sector: 'office_administration', kind: 'skill', labelNl: 'De telefoon aannemen', labelEn: 'Answering the phone', since: 1 },
  { code: 'filing', sector: 'office_administration', kind: 'skill', labelNl: 'Papieren en bestanden ordenen', labelEn: 'Filing and organising documents', since: 1 },
  { code: 'front_desk', sector: 'office_administration', kind: 'skill', labelNl: 'Bezoekers ontvangen bij de balie', labelEn: 'Welcoming visitors at reception', since: 1 },
  { code: 'interest_office_work', sector: 'office_administration', kind: 'interest', labelNl: 'Interesse in kantoorwerk', labelEn: 'Interested in office work', since: 1 },
  { code: 'interest_numbers', sector: 'office_administration', kind: 'interest', labelNl: 'Interesse in cijfers en rekenen', labelEn: 'Interested in numbers and figures', since: 1 },

  // Creative work and events.
  { code: 'event_setup', sector: 'creative_events', kind: 'skill', labelNl: 'Evenementen opbouwen en afbreken', labelEn: 'Setting up and taking down events', since: 1 },
  { code: 'light_and_sound', sector: 'creative_events', kind: 'skill', labelNl: 'Licht en geluid regelen', labelEn: 'Running lights and sound', since: 1 },
  { code: 'ticket_scanning', sector: 'creative_events', kind: 'skill', labelNl: 'Kaartjes scannen en bezoekers ontvangen', labelEn: 'Scanning tickets and welcoming visitors', since: 1 },
  { code: 'graphic_design', sector: 'creative_events', kind: 'skill', labelNl: 'Grafisch ontwerpen', labelEn: 'Graphic design', since: 1 },
  { code: 'photography', sector: 'creative_events', kind: 'skill', labelNl: "Foto's maken", labelEn: 'Photography', since: 1 },
  { code: 'interest_music', sector: 'creative_events', kind: 'interest', labelNl: 'Interesse in muziek', labelEn: 'Interested in music', since: 1 },
  { code: 'interest_festivals', sector: 'creative_events', kind: 'interest', labelNl: 'Interesse in festivals en evenementen', labelEn: 'Interested in festivals and events', since: 1 },
  { code: 'interest_art_design', sector: 'creative_events', kind: 'interest', labelNl: 'Interesse in kunst en ontwerpen', labelEn: 'Interested in art and design', since: 1 },

  // Food production: bakery, kitchen, factory.
  { code: 'baking', sector: 'food_production', kind: 'skill', labelNl: 'Brood en gebak bakken', labelEn: 'Baking bread and pastries', since: 1 },
  { code: 'kitchen_prep', sector: 'food_production', kind: 'skill', labelNl: 'Eten voorbereiden in de keuken', labelEn: 'Kitchen prep', since: 1 },
  { code: 'cooking', sector: 'food_production', kind: 'skill', labelNl: 'Koken', labelEn: 'Cooking', since: 1 },
  { code: 'production_line', sector: 'food_production', kind: 'skill', labelNl: 'Werken aan een productielijn', labelEn: 'Working on a production line', since: 1 },
  { code: 'food_hygiene', sector: 'food_production', kind: 'skill', labelNl: 'Werken volgens de hygiëneregels (HACCP)', labelEn: 'Food hygiene (HACCP)', since: 1 },
  { code: 'interest_cooking', sector: 'food_production', kind: 'interest', labelNl: 'Interesse in koken', labelEn: 'Interested in cooking', since: 1 },
  { code: 'interest_baking', sector: 'food_production', kind: 'interest', labelNl: 'Interesse in bakken', labelEn: 'Interested in baking', since: 1 },
];
