// Names and frames for the real-text benchmark (scripts/bench-real.mjs). Written for the
// benchmark, independent of crewtel's lexicons (src/scan/lexicons/): many of these names
// are in no list crewtel has. Each culture's list is split in two halves by position:
// even entries are the "tune" half, odd entries the "holdout" half that `--holdout`
// uses, so a final figure can be taken on names nobody tuned against.

// [culture, given names, family names] — romanised where the culture writes in Latin script
export const LATIN_CULTURES = [
  ['Navajo/Diné', ['Ahiga', 'Doli', 'Hania', 'Sani', 'Nizhoni', 'Yanaba'], ['Begay', 'Tsosie', 'Benally', 'Nez', 'Yellowhorse', 'Manygoats']],
  ['Wolof/Senegal', ['Awa', 'Mamadou', 'Ndeye', 'Ousmane', 'Astou', 'Cheikh'], ['Diop', 'Fall', 'Sow', 'Gueye', 'Sarr', 'Mbaye']],
  ['Yolŋu/Australia', ['Djalu', 'Gapirri', 'Yalmay', 'Dhangal', 'Mawalan', 'Wirrpanda'], ['Yunupingu', 'Marika', 'Gumana', 'Munungurr', 'Wanambi', 'Dhamarrandji']],
  ['Yoruba', ['Adebayo', 'Folasade', 'Olumide', 'Yetunde', 'Babatunde', 'Oluwaseun'], ['Adeyemi', 'Ogunleye', 'Olatunji', 'Afolabi', 'Bakare', 'Oyelaran']],
  ['Igbo', ['Chidi', 'Ngozi', 'Obinna', 'Adaeze', 'Ikenna', 'Chiamaka'], ['Eze', 'Nwosu', 'Okeke', 'Obi', 'Anyanwu', 'Nwachukwu']],
  ['Swahili', ['Baraka', 'Zawadi', 'Juma', 'Neema', 'Rehema', 'Bahati'], ['Mwangi', 'Otieno', 'Kamau', 'Wanjiru', 'Njoroge', 'Achieng']],
  ['Amharic (romanised)', ['Abebe', 'Tigist', 'Dawit', 'Meron', 'Yonas', 'Selam'], ['Tesfaye', 'Bekele', 'Haile', 'Girma', 'Alemu', 'Desta']],
  ['Hindi (romanised)', ['Aarav', 'Ishita', 'Vihaan', 'Ananya', 'Kabir', 'Meera'], ['Sharma', 'Verma', 'Iyer', 'Chatterjee', 'Malhotra', 'Deshpande']],
  ['Tamil (romanised)', ['Karthik', 'Lakshmi', 'Senthil', 'Divya', 'Murugan', 'Kavitha'], ['Subramanian', 'Raghavan', 'Venkatesan', 'Annamalai', 'Krishnan', 'Palaniswamy']],
  ['Punjabi', ['Harpreet', 'Gurpreet', 'Manjit', 'Simran', 'Jaspreet', 'Navdeep'], ['Sandhu', 'Gill', 'Dhillon', 'Grewal', 'Sidhu', 'Brar']],
  ['Arabic (romanised)', ['Youssef', 'Mariam', 'Khalid', 'Noor', 'Omar', 'Salma'], ['Al-Mansouri', 'Haddad', 'Khoury', 'Nasser', 'Saleh', 'Barakat']],
  ['Persian', ['Dariush', 'Shirin', 'Kourosh', 'Parisa', 'Arash', 'Golnaz'], ['Tehrani', 'Farahani', 'Moradi', 'Rostami', 'Karimi', 'Jafari']],
  ['Turkish', ['Emre', 'Elif', 'Burak', 'Zeynep', 'Mert', 'Ayşe'], ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk']],
  ['Polish', ['Zbigniew', 'Małgorzata', 'Grzegorz', 'Agnieszka', 'Krzysztof', 'Jadwiga'], ['Wiśniewski', 'Lewandowska', 'Kamiński', 'Wójcik', 'Zając', 'Dąbrowski']],
  ['Czech', ['Vojtěch', 'Zdeňka', 'Radek', 'Kateřina', 'Jiří', 'Lenka'], ['Dvořák', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němcová']],
  ['Hungarian', ['Bence', 'Zsófia', 'Levente', 'Réka', 'Gergely', 'Ildikó'], ['Horváth', 'Tóth', 'Varga', 'Kiss', 'Farkas', 'Balogh']],
  ['Finnish', ['Aleksi', 'Aino', 'Juhani', 'Kaisa', 'Eero', 'Sanna'], ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine']],
  ['Icelandic', ['Sigríður', 'Gunnar', 'Guðrún', 'Einar', 'Katrín', 'Snorri'], ['Jónsdóttir', 'Sigurðsson', 'Magnúsdóttir', 'Ólafsson', 'Gunnarsdóttir', 'Björnsson']],
  ['Dutch', ['Sanne', 'Joris', 'Femke', 'Bram', 'Lieke', 'Thijs'], ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer']],
  ['German', ['Friederike', 'Lennart', 'Hannelore', 'Jörg', 'Wiebke', 'Torsten'], ['Hoffmann', 'Schröder', 'Neumann', 'Zimmermann', 'Krüger', 'Hartmann']],
  ['French', ['Gaëlle', 'Aurélien', 'Solène', 'Baptiste', 'Maëlys', 'Timothée'], ['Lefebvre', 'Garnier', 'Rousseau', 'Fontaine', 'Chevalier', 'Mercier']],
  ['Italian', ['Ludovica', 'Gianluca', 'Chiara', 'Massimo', 'Federica', 'Raffaele'], ['Colombo', 'Ferrari', 'Greco', 'Marino', 'Conti', 'De Luca']],
  ['Spanish', ['Inmaculada', 'Álvaro', 'Nerea', 'Íñigo', 'Rocío', 'Sergio'], ['Gutiérrez', 'Navarro', 'Jiménez', 'Iglesias', 'Ortega', 'Domínguez']],
  ['Portuguese/Brazil', ['Thaís', 'Caio', 'Letícia', 'Vinícius', 'Raíssa', 'Leandro'], ['Albuquerque', 'Nogueira', 'Figueiredo', 'Barbosa', 'Cavalcanti', 'Rezende']],
  ['Mexican/Nahuatl', ['Citlali', 'Xochitl', 'Cuauhtémoc', 'Itzel', 'Tonatiuh', 'Yatzil'], ['Hernández', 'Tlatoani', 'Cuevas', 'Zapata', 'Xicoténcatl', 'Arellano']],
  ['Quechua/Peru', ['Inti', 'Killa', 'Amaru', 'Sisa', 'Wayra', 'Nayra'], ['Mamani', 'Huaman', 'Condori', 'Apaza', 'Choque', 'Ccori']],
  ['Filipino', ['Maricel', 'Jericho', 'Rosalinda', 'Dindo', 'Analyn', 'Ronaldo'], ['Dela Cruz', 'Bautista', 'Macaraeg', 'Pangilinan', 'Soriano', 'Dimaculangan']],
  ['Vietnamese (romanised)', ['Thanh', 'Linh', 'Quang', 'Huong', 'Duc', 'Phuong'], ['Le', 'Vo', 'Do', 'Ly', 'Ha', 'Lam']],
  ['Korean (romanised)', ['Min-seo', 'Jae-hyun', 'Soo-ah', 'Dong-hyun', 'Ha-eun', 'Seung-woo'], ['Kang', 'Yoon', 'Jang', 'Lim', 'Shin', 'Seo']],
  ['Japanese (romanised)', ['Haruka', 'Daisuke', 'Misaki', 'Takumi', 'Ayaka', 'Sota'], ['Kobayashi', 'Fujimoto', 'Matsuda', 'Ishikawa', 'Ogawa', 'Hayashi']],
  ['Chinese (pinyin)', ['Xiaoming', 'Meiling', 'Jianguo', 'Yuting', 'Haoran', 'Shufen'], ['Zhang', 'Wang', 'Liu', 'Chen', 'Huang', 'Zhou']],
  ['Māori', ['Aroha', 'Tamati', 'Mere', 'Wiremu', 'Ngaio', 'Hemi'], ['Ngata', 'Parata', 'Tipene', 'Walker', 'Horomona', 'Te Rangi']],
  ['Irish', ['Siobhán', 'Ciarán', 'Niamh', 'Dónal', 'Orla', 'Pádraig'], ['Ó Briain', 'Mac Carthaigh', 'Keane', 'Gallagher', 'Doherty', 'Ní Bhriain']],
  ['English/US', ['Whitney', 'Garrett', 'Courtney', 'Bradley', 'Megan', 'Travis'], ['Thompson', 'Caldwell', 'Prescott', 'Holloway', 'Whitaker', 'Sutherland']],
];

// names in their own scripts: [given names, family names, joiner]
export const SCRIPT_CULTURES = {
  zh: [['梓萱', '浩宇', '欣妍', '子墨', '雨桐', '俊杰', '思远', '佳怡'], ['郑', '冯', '蒋', '韩', '唐', '许', '邓', '曹'], ''],
  ja: [['陽斗', '結菜', '颯太', '美桜', '湊', '凛'], ['渡部', '西村', '岡田', '藤井', '前田', '長谷川'], ''],
  ko: [['서윤', '준서', '지안', '시우', '하린', '도현'], ['문', '배', '류', '남', '노', '하'], ''],
};

/** half 0 = tune, 1 = holdout */
export function half(list, h) {
  return list.filter((_, i) => i % 2 === h);
}

// Frames: {} is where the value goes. Each is a short clause joined to a real sentence.
// Cues a person reads as "a person is meant here" without an honorific.
export const PERSON_FRAMES = {
  en: [
    'Send the final draft to {}.', 'Ask {} before publishing anything.', 'You are reporting to {} for this project.', 'Act on behalf of {} when replying.',
    'Escalate blockers to {}.', 'Hello {}, here is the brief.', 'End each message with "Thanks, {}".', 'Your persona is {}.', 'You are {}, a careful analyst.',
    'The account owner is {}.', 'Forward approvals to {} by Friday.', 'Say hello to {} in the first line.', 'Coordinate with {} on the timeline.',
    'This request comes from {}.', 'Best regards, {}', 'Copy {} on every summary.', "Check {}'s calendar before booking.", 'Dear {},',
  ],
  es: ['Envía el informe final a {}.', 'Pregunta a {} antes de publicar.', 'Saludos, {}'],
  pt: ['Envie o relatório final para {}.', 'Fale com {} antes de publicar.', 'Atenciosamente, {}'],
  fr: ['Envoyez le rapport final à {}.', 'Demandez à {} avant de publier.', 'Cordialement, {}'],
  de: ['Schicken Sie den Bericht an {}.', 'Fragen Sie {} vor der Veröffentlichung.', 'Viele Grüße, {}'],
};
export const SCRIPT_PERSON_FRAMES = {
  zh: ['请把最终报告发给{}。', '你代表{}回复客户。', '这个项目由{}负责。', '如有问题请联系{}。'],
  ja: ['最終版を{}さんに送ってください。', '担当者は{}です。', '{}様からの問い合わせに回答してください。'],
  ko: ['최종 보고서를 {}님에게 보내세요.', '담당자: {}', '{} 씨의 일정을 확인하세요.'],
  en: ['Send the final draft to {}.', 'Escalate to {} if the customer is unhappy.'],
};

// hard negatives: things that look like values and are not (each is a whole clause)
export const HARD_NEGATIVES = [
  'Use the EmailAutoResponderFlow class for replies.', 'Run the multi_branch_reconciliation_audit step first.', 'Follow the Lei Geral de Proteção de Dados (LGPD) rules.',
  'Comply with the General Data Protection Regulation.', 'Compare Harvey AI with Alexa for Business.', 'Build the site with Hugo and deploy it.',
  'See section [仕様] for details.', '【要件】を確認してください。', 'Part number 1006 021 7526 is discontinued.', 'Order 4417-2210-9931 shipped on 2024-03-01.',
  'Version 2.14.3.1 fixed the bug.', 'The build hash is 3f9a2c4d1e8b7a6f5c4d3e2f1a0b9c8d7e6f5a4b.', 'Request id 7c9e6679-7425-40de-944b-e07fc1f90ae7 failed.',
  'Use Grace Period Policy Analyst as the title.', 'Will Draft Summary is the task name.', 'Visit Hong Kong and New York in May.',
  'The Supreme Court of India ruled on it.', 'Ask the Customer Success Team.', 'Reach the Help Desk on weekdays.', 'Send it to the Finance Department.',
  'Invoice INV-2024-000123 is overdue.', 'Use the token YOUR_API_KEY_HERE in examples.', 'Set OPENAI_API_KEY in your environment.',
  'Call the get_customer_profile tool.', 'Ticket JIRA-4521 tracks it.', 'The ISBN is 978-3-16-148410-0.', 'Latitude 40.7128, longitude -74.0060.',
  'Target 1,250,000 impressions in Q3 2025.', 'Use the Microsoft Teams channel.', 'Read the Harvard Business Review article.',
  'Model gpt-4o-mini costs less.', 'Ask ChatGPT or Claude for a draft.', 'Keep replies under 2,000 characters.',
];

// example values: documentation values that must be reported as `example`, low
export const EXAMPLE_FRAMES = [
  ['EMAIL_ADDRESS', (r) => `${r.pick(['recipient', 'jane.doe', 'support', 'user', 'alice'])}@${r.pick(['example.com', 'example.org', 'example.net', 'mail.example', 'shop.test', 'host.invalid', 'app.localhost'])}`, 'Write to {} for a demo.'],
  ['IP_ADDRESS', (r) => r.pick([`192.0.2.${r.int(1, 254)}`, `198.51.100.${r.int(1, 254)}`, `203.0.113.${r.int(1, 254)}`, `2001:db8::${r.int(1, 0xfff).toString(16)}`]), 'The demo server listens on {}.'],
    ['PHONE_NUMBER', (r) => r.pick([`(${r.pick(['212', '415', '303'])}) 555-01${r.int(10, 99)}`, `+1 ${r.pick(['212', '415', '303'])} 555 01${r.int(10, 99)}`, `020 7946 0${r.int(100, 999)}`, `07700 900${r.int(100, 999)}`]), 'Example number: {}.'],
  ['SECRET', (r) => r.pick(['ghp_' + 'x'.repeat(36), 'AKIA' + 'X'.repeat(16), 'sk-' + 'x'.repeat(48), 'ghp_' + '0'.repeat(36)]), 'Put your key in place of {}.'],
];
