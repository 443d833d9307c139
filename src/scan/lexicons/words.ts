// Ordinary words that are written with a capital in job titles, headings and sentence
// starts ("Senior Data Researcher", "Ask the team", "Google Sheets"): a capitalised word
// from this list is never part of a name. Names that are also ordinary words (Will, Grace,
// Hunter, Baker) are in the name lexicons too and count as ambiguous there.
// English first, then the other languages real crews are written in, then identifier
// vocabulary (tool names: read_…_calendar).

const words = (s: string) => s.trim().split(/\s+/).map((w) => w.toLowerCase());

const EN_FUNCTION = `
a an the this that these those there here it its we our ours you your yours they their them he she his her him i me my
and or but nor so yet if then else when while where why how what which who whom whose whether because since until unless
although though as at by for from in into of off on onto out over per to up upon via with within without about above after
against along among around before behind below beneath beside besides between beyond during except inside near outside
past through throughout toward towards under underneath unlike all any both each either every few many more most much
neither no none not only other own same several some such than too very just also even ever never always often sometimes
usually already still again once twice first second third last next new old now today tomorrow yesterday please thanks
thank yes ok okay hey hi hello dear greetings regards cheers sincerely cc bcc fyi asap is are was were be been being am do does did done have has had having can could shall should will
would may might must let lets get got make made go goes went use used note notes step steps
`;

const EN_VERBS = `
accept access act add adjust advise align allocate analyse analyze answer apply approve archive arrange ask assess assign
assist attach audit automate avoid book brainstorm brief build calculate call cancel capture categorize categorise chase
charge check choose cite clarify classify clean clear close collect combine comment compare compile complete compose
compute confirm connect consider consolidate contact continue convert coordinate copy correct count craft create curate
cut decide decline define delete deliver deploy describe design detect determine develop diagnose discover discuss draft
draw edit email empty enable encourage ensure enrich enter escalate estimate evaluate examine execute expand explain
explore export extract fetch file fill filter find finalize finalise fix flag focus follow forecast format forward gather
generate give greet group guide handle help highlight identify ignore implement import improve include inform inspect
integrate interpret interview investigate invite keep label launch lead learn list load locate log look lookup maintain
manage map mark match measure merge mention merge monitor move negotiate notify obtain offer open optimize optimise order
organize organise outline parse pay perform pick plan post predict prepare present preserve prioritize prioritise process
produce propose provide publish pull push query rank rate read receive recommend record reduce refine refund reject
remember remind remove rename render reply report request research resolve respond restore return review revise rewrite
run save scan schedule score scrape search select send set share ship show sign simulate skip solve sort source specify
spot start stay stop store structure submit suggest summarize summarise supervise support sync tag take test track
transfer transform translate triage trigger try turn understand update upload use validate verify visit wait want warn
watch write work
`;

const EN_NOUNS = `
account accounts accountant accounting acquisition action actions activity admin administrator admissions adviser advisor
advisors advocate agency agenda agent agents agreement ai alert alerts algorithm allocation ambassador analysis analyst
analysts analytics answer answers api app application applications approval architect architecture archive area article
articles artist assessment asset assets assistant associate attorney audience audit auditor author automation award
awards backend backlog balance bank banking bard base benefit benefits bill billing blog board body bond book booking
bookkeeper bot brand broker budget bug builder bulletin business buyer calendar call campaign campaigns candidate
candidates capital card cards care career case cases cash catalog category center centre chain champion change channel
chapter chart chat chatbot check checker chef chief claim claims class classifier clerk client clients cloud coach code
collector college commerce committee communication communications community company compliance component compliance
concierge conference config consultant consultants consumer contact contacts content contract contractor contracts control
controller coordinator copy copywriter core corporate cost council counsel counselor course coverage creative credit crew
crisis critic curator customer customers cyber dashboard data database date deal dealer debt decision deck defense
delivery demand department deployment deputy design designer desk detector developer development device devops diagnostic
digest digital director directory discount dispatcher dispute distribution doc docs doctor document documentation
documents domain draft drafts driver economics economist editor editorial education email emails emergency employee
employees engine engineer engineering enterprise entry equity error escalation estate evaluation evaluator event events
evidence examiner executive expense expenses expert experts export extractor facilities feature features fee feedback
field file files filter finance financial finder firm fiscal fleet flow focus folder forecast form formatter forum founder
framework fraud frontend fulfillment fund funding gap gate gateway generalist generator goal governance grant graph group
growth guard guide handler head health helpdesk helper history home hospitality host hotel hour hours housing hr hub
human idea ideas image images incident index industry influencer info information infrastructure innovation input
insight insights inspector insurance integration intelligence intern interview interviewer inventory investment investor
invoice invoices issue issues item items itinerary job jobs journal journalist judge key keyword keywords knowledge lab
label labels language law lawyer lead leader leads learning ledger legal lender letter level liaison library licence
license life link links list listing litigation loan loans logistics loss loyalty machine mail mailbox maintenance
manager managers manufacturing map market marketer marketing master matter media medical meeting member memo mentor
menu merchant message messages method metric metrics migration mission model models moderator monitor monitoring mortgage
network news newsletter night node note notes notice notification nurse nutrition object office officer officers onboarding
operations operator opportunity optimizer optimization order orders organizer outreach owner package page pages panel
paralegal partner partners party passport patient payment payments payroll people performance permit person persona
pharmacy phone photo photographer physician pipeline plan planner planning plans platform player playbook podcast
policy portal portfolio position post posts practice predictor premium presentation president press price pricing
principal privacy problem procedure process processing processor procurement producer product production products
profile profiles program programme programmer project projects promotion proofreader property proposal prospect
protocol provider publisher purchasing qa quality query question questions queue quote quotes rate ratio reader
real realtor receipt receivable reception receptionist recommendation record records recovery recruiter recruiting
recruitment reference refund region registrar regulation regulatory relations release report reporter reporting reports
representative request requests requirement requirements research researcher reservation resource resources response
restaurant result results resume retail retention revenue review reviewer reviews risk road roadmap room router rule
rules safety sale sales sample scheduler school science scientist scorer scout screen screening script scriptwriter
search secretary section sector security segment seller semantic seo server service services session settlement
setup share shareholder shipping shop signal site sites skill skills social software solution solutions source space
specialist specification sponsor sports staff stakeholder standard statement statistics status steward stock storage
store story strategist strategy stream structure student studio study style subject subscription success summarizer
summary supervisor supplier supply support surgeon survey system systems table talent target task tasks tax teacher team
teams tech technical technician technology template tenant term terms test tester text theme thread ticket tickets time
timeline title token tool tools topic topics tour tourism tracker trade trader trading traffic trainer training
transaction transactions transcript translation translator transport travel treasury trend trends trial triage trip
trust tutor unit update updates user users validator value vendor venture verifier video view viewer visa vision visitor
voice volunteer wealth web webinar website welfare wellness wiki workflow worker workforce workshop writer writing
`;

const EN_ADJECTIVES = `
active advanced annual assistant associate automated average basic best better big brief broad central certified chief
clear clinical cognitive commercial common competitive complete complex compliant comprehensive confidential conversational
core corporate creative critical cross current custom daily deep detailed digital direct domestic due early economic
effective efficient electronic emerging empty enterprise environmental essential ethical european executive existing
expert external fair fast final financial fiscal flexible foreign formal former free frequent friendly front full
functional general global good graphic great green growth head healthy heavy high historical human ideal important
independent industrial initial inner innovative integrated intelligent interactive interim internal international
junior key large last late lead leading legal lifetime light live local logical long low main major managing manual
marketing mass master medical mid middle minor mobile modern monthly multi national native natural net neutral new
next nonprofit normal north northern official online open operational optimal organic original outbound outer overall
paid partial personal physical political popular portable positive premium primary prime principal prior private pro
proactive professional public qualified quality quarterly quick rapid ready real recent regional regular related relevant
remote research responsible retail right robust safe sales scientific seasonal second secure senior sensitive
shared short simple single small smart social soft solid south southern special specialist specific staff standard
strategic strong structured successful summer superior supreme sustainable systematic tactical technical temporary
third top total tough traditional trusted typical ultimate unified unique universal upper urban urgent useful
valid various verified vice virtual visual weekly west western whole wholesale wide winter yearly young
`;

// Capitalised words that are not ordinary English but are never names in a crew config.
const PROPER_NOT_PEOPLE = `
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december q1 q2 q3 q4 fy
google gmail drive sheets docs slides outlook microsoft excel word powerpoint teams sharepoint azure aws amazon apple
pay icloud zoom slack notion jira confluence trello asana salesforce hubspot stripe paypal shopify linkedin twitter
facebook instagram youtube tiktok whatsapp telegram discord github gitlab bitbucket openai anthropic claude gpt chatgpt
gemini llama mistral cohere crewai langchain python javascript typescript react node java rust docker kubernetes
postgres mysql mongodb redis kafka snowflake databricks tableau looker zendesk intercom mailchimp serper exa tavily
firecrawl pinecone qdrant chroma weaviate airtable figma canva dropbox box wordpress webflow xero quickbooks sap oracle
ibm intel nvidia tesla uber airbnb netflix spotify visa mastercard amex revolut wise
dow nasdaq nyse ftse nikkei gartner forrester mckinsey deloitte accenture kpmg pwc sachs bloomberg reuters nielsen
alpha beta gamma delta omega vantage wolfram crunchbase tavily firecrawl apify browserbase composio linkup scrapegraph jina
zapier perplexity brave bing duckduckgo wikipedia arxiv pubmed twilio sendgrid mailgun coingecko coinmarketcap etherscan
openweather meteo weatherapi newsapi polygon finnhub tiingo quandl serpapi searxng hackernews reddit
america american europe european asia asian africa african pacific atlantic arctic antarctic
usa uk eu un nato brazil brasil portugal spain españa france italy italia germany deutschland netherlands belgium
switzerland austria ireland scotland wales england britain british canada mexico méxico argentina chile colombia peru
china japan korea india israel egypt nigeria kenya australia zealand russia ukraine poland sweden norway denmark finland
greece turkey dubai emirates arabia singapore indonesia philippines vietnam thailand malaysia pakistan bangladesh
new york london paris berlin madrid lisbon lisboa rome roma milan milano tokyo beijing shanghai seoul delhi mumbai
melbourne toronto vancouver chicago boston seattle dallas denver miami atlanta angeles
vegas orleans hong kong rio janeiro aires tel aviv jerusalem abu dhabi riyadh cairo lagos nairobi cape town
johannesburg amsterdam brussels vienna zurich geneva dublin edinburgh manchester barcelona valencia sevilla porto munich
frankfurt hamburg stockholm oslo copenhagen helsinki warsaw prague budapest athens istanbul moscow kyiv silicon valley
wall bay area mount lake river coast island islands north south east west central upper lower greater saint san santa st
street avenue road boulevard plaza square park gardens bridge tower airport station harbour harbor port
university college institute academy school hospital clinic foundation society association federation council ministry
bureau agency inc ltd llc gmbh corp co plc sa ag group holdings labs capital partners ventures
english spanish portuguese french italian german chinese japanese korean hebrew arabic russian hindi dutch
christmas easter ramadan thanksgiving halloween
baker hunter bishop dean major page stone banks fields church cross lane king hill wood bell price rose grant long young
white black green brown gray grey hall ward wells little small short sharp gold silver field ford cook porter mason
sterling crystal ivy hope faith joy glory liberty justice victory trinity haven
julia ruby ada pascal perl scala kotlin swift dart elixir erlang haskell cobol fortran sage
chiedi contatta contacte contacta pergunte pregunte demandez fragen kontaktieren informe avise avisa agende agenda
`;

// Portuguese, Spanish, French, Italian, German: function words and title words
const OTHER_LANGUAGES = `
o os um uma uns umas do dos da das no nos na nas ao aos pelo pela pelos pelas com para por em de que e ou se seu sua
seus suas este esta isso isto esse essa ele ela eles elas você vocês nosso nossa é são foi ser estar entre envie envia
escreva responda ligue fale analise crie gere revise verifique cliente clientes senhor senhora analista diretor diretora
gerente chefe especialista estrategista consultor consultora coordenador coordenadora assistente redator redatora
pesquisador pesquisadora financeiro financeira sênior júnior criativo criativa marketing vendas dados relatório relatórios
equipe empresa serviço atendimento suporte tarefa tarefas agente agentes
el la los las un una unos unas del al con para por en y o que su sus este esta es son fue ser estar envía envie escribe
responde llame hable analice cree genere revise verifique clienta jefe jefa director directora gerente especialista
estratega consultor coordinador coordinadora asistente redactor redactora investigador investigadora financiero
datos informe informes equipo empresa servicio atención soporte tarea tareas viajes agente
le la les un une des du de et ou que qui son sa ses ce cette est sont être avec pour par dans sur chez envoyez écrivez
répondez appelez parlez analysez créez responsable chargé chargée mission service client cliente directeur directrice
chef gestionnaire spécialiste stratège consultant consultante coordinateur coordinatrice assistant assistante rédacteur
rédactrice chercheur chercheuse financier financière données rapport rapports équipe entreprise tâche tâches rh
il lo la gli le un uno una di del della dei delle al alla con per in su e o che suo sua è sono essere inviare scrivere
rispondere chiamare rivolgersi analizzare creare responsabile cliente direttore direttrice capo gestore specialista
stratega consulente coordinatore coordinatrice assistente redattore redattrice ricercatore ricercatrice finanziario dati
rapporto squadra azienda servizio compito compiti
der die das den dem des ein eine einer einem und oder mit für von zu bei an auf in ist sind sein schicken senden
schreiben antworten rufen kunde kundin leiter leiterin berater beraterin manager assistent assistentin redakteur daten
bericht berichte team firma dienst aufgabe aufgaben bitte
mercado líder lider recursos alocação estimativa estimativas experiente classificação classificacao mensagem mensagens
menssagens pesquisa conteúdo escritor revisor planejador planejamento projeto projetos gestão gestor produto produtos
qualidade negócio negócios desenvolvimento desenvolvedor engenheiro engenharia atendente comunicação estratégia análise
mídia mídias redes viagem viagens turismo saúde médico médica jurídico jurídica contábil compras logística operações
técnico técnica tecnologia inovação inteligência artificial digital orçamento orçamentos vendedor vendedora
investigación análisis contenido ventas planificador proyecto proyectos gestión producto calidad negocio negocios
desarrollo desarrollador ingeniero ingeniería comunicación estrategia mercadotecnia redactor presupuesto jurídico
recherche contenu ventes écrivain réviseur planificateur projet projets gestion produit produits qualité affaires
développement développeur ingénieur communication stratégie analyse budget juridique commercial commerciale
ricerca contenuto vendite scrittore revisore pianificatore progetto progetti gestione prodotto prodotti qualità affari
sviluppo sviluppatore ingegnere comunicazione strategia analisi bilancio legale commerciale
forschung inhalt vertrieb autor prüfer planer projekt verwaltung produkt qualität geschäft entwicklung entwickler
ingenieur kommunikation strategie analyse haushalt recht
`;

// Identifier vocabulary: verbs and nouns tool and method names are built from
const IDENTIFIER = `
get set put post patch del add new old make build run exec init load save dump parse render fetch pull push sync read
write list lookup look find search query count sum calc compute send recv receive notify emit publish subscribe check
validate verify test mock stub tool tools fn func util utils helper helpers handler handlers service client server api
http https url uri json yaml xml csv pdf html md txt sql db io os fs id ids uuid key keys token auth oauth oauth2 jwt
crud rest rpc grpc web ws cli gui ui ux ai ml llm nlp rag mcp agent agents crew task tasks flow flows kickoff callback
hook hooks event events queue job jobs cron batch stream cache store storage bucket blob file files dir path temp tmp
config settings env log logs logger debug info warn error errors trace metric metrics stat stats status health ping
user users account accounts profile profiles contact contacts calendar calendars inbox mail mails email emails message
messages thread threads chat chats note notes doc docs sheet sheets slide slides page pages site sites link links
image images photo photos video videos audio transcript transcripts summary summaries report reports item items
product products order orders invoice invoices payment payments price prices quote quotes ticket tickets issue issues
lead leads deal deals customer customers crm erp hr finance sales stock stocks weather news tweet tweets post posts
by to for from of in on at with and or the a an my your our all any
`;

// words that make a capitalised run an organisation, a law or a product, not a person
// ("Sensai Consulting's", "Lei Geral de Proteção de Dados", "Alexa for Business")
const ORGANISATIONS = `
consulting consultants solutions technologies technology partners systems services capital ventures media digital software
analytics holdings group labs lab studios studio industries enterprises networks logistics pharma pharmaceuticals
institute institution university universidade universidad université università academy college school foundation
ministry ministério ministerio department agency commission council court tribunal parliament senate congress
law laws act acts regulation regulations directive statute lei ley loi gesetz código codigo decreto regulamento reglamento
geral general nacional federal proteção protección protection privacidade dados datos
world everyone everybody there folks friends guys world's
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [EN_FUNCTION, EN_VERBS, EN_NOUNS, EN_ADJECTIVES, PROPER_NOT_PEOPLE, OTHER_LANGUAGES, IDENTIFIER, ORGANISATIONS].flatMap(words),
);
