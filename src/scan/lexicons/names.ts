// Name lexicons for PERSON: common given names and surnames across the languages
// real CrewAI configs are written in, plus the words that look like names in job
// titles ("Grace Period", "Will draft") and must not count as surnames.

const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

export const GIVEN_NAMES = words(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander patrick jack dennis jerry tyler
aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin
sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert willie alan
eugene russell vincent philip bobby johnny bradley roy ralph louis randy howard liam oliver elijah lucas mason
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley
kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy
angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet maria
catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly christina joan evelyn judith andrea
hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia frances jean
alice judy isabella julia denise amber doris marilyn danielle beverly charlotte natalie theresa diana brittany
jane lori alexis kayla ava mia sophie chloe zoe ella lily grace rose
jane jim tom tim bob ted ben sam dan max leo alex chris kate liz beth meg jen jess nick mike matt steve
maría josé juan carlos luis miguel antonio manuel francisco javier alejandro rafael pedro pablo sergio jorge
alberto fernando diego andrés ricardo eduardo roberto raúl enrique ramón vicente álvaro ignacio iván rubén
carmen ana isabel lucía marta elena laura paula cristina pilar rosa teresa beatriz raquel silvia mercedes
joão antónio francisco paulo lucas gabriel rafael thiago tiago mateus bruno felipe gustavo leonardo rodrigo
marcelo ricardo andré fernanda juliana camila beatriz larissa mariana gabriela letícia amanda bruna patrícia
adriana aline vanessa luana luiza luísa francisca raimundo sebastião antônia joana
jean pierre michel philippe alain nicolas christophe françois patrick daniel laurent frédéric stéphane olivier
sébastien julien thierry éric david guillaume vincent jérôme marie nathalie isabelle sylvie catherine françoise
martine christine monique valérie sandrine sophie céline camille léa chloé manon emma inès élodie aurélie
giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno
paolo michele giorgio aldo sergio luciano alessandro marco andrea matteo lorenzo davide simone federico riccardo
giulia francesca chiara sara valentina alessia martina elisa federica silvia laura paola rosa anna giovanna
hans peter wolfgang klaus jürgen dieter uwe günter stefan thomas andreas michael frank markus christian sven
lukas jonas leon finn felix maximilian paul elias ursula monika petra sabine renate helga karin brigitte gabriele
andrea claudia susanne birgit anja katrin julia lena hanna
jan piet kees henk willem joost sander bram daan sem anouk sanne lotte fleur
ivan dmitri sergei alexei vladimir nikolai olga natalia svetlana tatiana irina ekaterina anastasia
mohammed muhammad ahmed ali omar hassan hussein ibrahim yusuf mustafa khalid fatima aisha zainab mariam layla
yasmin noor amira
raj rahul amit vijay sanjay arjun rohan ravi suresh ramesh priya anjali pooja neha deepika kavya aditi sunita
ananya divya lakshmi
wei jing li ming hui yan xin lei jun hao yu chen yi fang
hiroshi takashi kenji yuki haruto yuto sota akira taro satoshi yumi keiko sakura yui aoi hana haruka naoko
minjun seojun jiho minseo seoyeon jiwoo jiyeon soyeon hyunwoo
david moshe yosef avraham yaakov daniel noa tamar yael shira maya michal
kwame kofi ama abena chinedu ngozi oluwaseun adebayo emeka thabo sipho
siobhan niamh aoife ciara sean liam patrick declan
ingrid astrid sigrid freya svenja annika linnea elin maja ebba erik lars nils anders magnus bjorn björn henrik
kasia katarzyna agnieszka małgorzata piotr krzysztof tomasz paweł marek jakub tomáš petr jiří lenka jana
nadia leila layla samira yasmin rania dalia omar karim tariq rami ziad nabil walid youssef
tomás víctor héctor óscar adrián sofía valeria jimena ximena renata guadalupe alejandra
aylin elif zeynep emre mehmet mustafa burak can deniz
chidi ifeoma tunde funmilayo amara zuri imani jabari
mei lan xiu ying hong qiang tao bo
abby ada adele adrian agnes aidan alan albert alec alexa alfie alfred alicia alison allison alyssa amelia andre
andy angelina anita annabelle annie anton antoinette archie ariana ariel arnold aubrey audrey avery barry becky
bernard bethany betsy beverly blake bonnie bradley brandy brenda brent brett brianna bridget brooke bryce caleb
calvin cameron candice carla carlos carmen caroline carrie casey cassandra cecilia cedric chad charlie charlene
chelsea cheryl chester christian christy clara clarence claudia clayton clifford clint clyde colin connie conor
cora corey courtney craig cristina curtis cynthia dale damian dana darlene darren darryl dave dean debbie deborah
delores derek desmond devin diane dianne dolores dominic donna doreen dorothy douglas duane dustin dwayne eddie
edgar edith edna edwin eileen elaine eleanor elena elliot ellen ellie elsie emilia emily erica erin ernest esther
ethan eugene eva evan everett felicia fiona florence floyd francis franklin freddie frederick gail gavin gemma
genevieve geoffrey georgia gerald geraldine gilbert gina gladys glenn gordon grant greg gwen hailey harriet
harry harvey hazel heidi henrietta herbert herman hilda holly howard hugh ian irene isaac isabelle isaiah ivan
jacqueline jaime jamie janet janice jared jasmine jay jeanette jeff jenna jenny jerome jill joanna jocelyn joel
josephine josh joy juanita judy julian juliet june justine karl katie kathy katrina keith kelsey ken kendra kirk
kristen kristina kurt kyle lance laurie leah lee leon leona leslie lester lewis lillian linda lindsay lisa lloyd
lois lorraine louise lucy luke lydia lynn mabel mack madeline malcolm marcia marcus margaret marian marie marilyn
marion marjorie marlene marsha martin marvin matthew maureen maurice maxine megan melanie melinda melvin mia
micheal mildred milton miranda mitchell molly monica morris myrtle nadine naomi natasha nathaniel neil nelson
nina noel nora norma norman olive oscar owen pamela patsy pauline pearl peggy penelope percy perry phillip
phyllis preston priscilla quentin rachael randall raymond rebekah regina reginald rhonda ricky rita robin rodney
roland ron ronnie rosa rosemary ross roxanne ruby rudy russell ryan sally samantha sandra saul selena seth shane
shannon sharon shawn sheila shelby sherry shirley sidney simon sonia stacy stanley stella stuart sue susan sylvia
tabitha tamara tammy tanya tara ted teresa terrence thelma theodore tiffany toby todd tony tracy travis trevor
troy tyrone ursula valerie vanessa vera vernon veronica vicki vincent viola virgil wade wallace wanda warren
wayne wendy wesley whitney wilbur willard wilma winston yolanda yvonne zachary zoe
`);

/** Given names that are also ordinary words: they need a known surname or a cue. */
export const AMBIGUOUS_GIVEN = words(`
will grace mark bill rose may june april august hope faith joy chase hunter page summer art frank victor lane
dawn eve iris ivy jade pearl ruby sky star lily rich drew dean earl gene guy jack jean max miles nick pat ray
rob sue tom ted sam ben dan don sandy crystal autumn destiny heather holly ginger angel carol robin cliff glen
reed wade penny amber bella bo cole grant hunter king major marshall mason nova ray sage stone victoria austin
paris florence madison brooklyn jordan carter parker taylor morgan ali li yu yi jun hana ana paula felix
`);

export const SURNAMES = words(`
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson
thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker
young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell
carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy
cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson
brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross
foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher
vasquez simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole
hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens harrison
fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman burns crawford
olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner
black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols
stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters
santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray
delgado berry perkins hoffman johnston matthews pena richards contreras willis carpenter lawrence sandoval
o'brien o'connor o'neill mcCarthy byrne doyle walsh kennedy lynch murray quinn
garcía rodríguez martínez hernández lópez gonzález pérez sánchez ramírez torres flores rivera gómez díaz
fernández moreno muñoz álvarez romero alonso gutiérrez navarro ruiz serrano blanco molina morales suárez ortega
delgado castro ortiz rubio marín sanz iglesias núñez medina garrido cortés castillo santos lozano guerrero
silva santos oliveira souza sousa lima pereira ferreira costa rodrigues almeida nascimento alves carvalho araújo
ribeiro gomes martins rocha barbosa melo cardoso correia dias teixeira cavalcanti mendes pinto moura nunes
martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel garcia
david bertrand roux vincent fournier morel girard andré lefèvre mercier dupont lambert bonnet françois martinez
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de luca mancini costa
giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone
müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch bauer richter klein wolf
schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner krause meier lehmann
de jong jansen de vries van den berg van dijk bakker janssen visser smit meijer de boer mulder de groot bos
ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov
khan ahmed ali hussain rahman malik iqbal hassan sheikh qureshi
sharma verma gupta singh kumar patel shah mehta joshi reddy rao iyer nair menon chopra kapoor malhotra agarwal
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi
matsumoto inoue kimura hayashi shimizu
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon hong
cohen levi mizrahi peretz biton friedman katz shapiro goldberg klein rosenberg
okafor okonkwo adeyemi mensah boateng nkosi dlamini
kowalski nowak wiśniewski wójcik kowalczyk kamiński lewandowski zieliński szymański novak novák svoboda dvořák
andersson johansson karlsson nilsson eriksson larsson olsson persson lindqvist lindberg berg lund hansen jensen
nielsen pedersen haddad khoury nasser saleh mansour aziz farouk yilmaz kaya demir çelik şahin öztürk
brennan gallagher doherty kavanagh fitzgerald mcguire o'sullivan
abbott acosta adkins aguirre allison atkins austin avila ayala ball banks barber barker barnett barr barrett barton
bass bates beck becker bender benson berger bernal best bird bishop blackburn blair blake blanchard bolton bond
bowen bowman boyle bradford brady bray brewer briggs brock bryan buchanan buck burch burgess burke burnett burton
bush byrd cabrera cain calderon caldwell callahan cameron camacho cannon cardenas carlson carr carson case cash
castaneda chambers chandler chang chapman charles christensen church clarke clayton clements cobb cochran cohen
coleman collier combs conner conrad conway copeland cortez craig crane crosby cross cummings curry curtis dalton
daniel davidson dawson day dean decker delacruz dennis dickerson dillon dodson dominguez donovan dorsey douglas
doyle drake dudley duffy duke dunlap duran dyer eaton erickson espinoza estrada evans everett farmer farrell
faulkner fields figueroa finley fitzpatrick fleming fletcher flowers floyd flynn franco frank franklin frazier
frederick french frost fry fuentes fuller gaines galloway gamble garner garrett gates gay gentry gilbert gill
gilmore glass glenn golden goodman goodwin gould greer gregory griffith guerra hahn hale haley hammond hampton
hancock hardy harmon harper harrell hartman harvey hatfield hawkins hayden haynes hays heath hebert hendricks
henson herman hess higgins hines hinton hodge hodges hogan holland holloway holt hood hopkins horn horton house
houston howe howell hubbard huber huff hull humphrey hurley hurst hutchinson ingram irwin jacobs jacobson james
jarvis jefferson jennings joyce juarez kane kaufman keller kemp kendall kent kerr key kidd kirby kirk klein knapp
knox koch kramer lamb lambert lancaster landry lara larsen lawson leach leblanc lindsey little livingston logan
love lowe lowery lucas luna lyons mack macdonald maddox maldonado mann manning marks marquez marsh mathews maxwell
mayer mays mccall mccarthy mcclain mccormick mcdaniel mcgee mcintosh mckay mckenzie mclaughlin mcmahon mcneil
meadows melton mercer merritt meyers michael middleton miles miranda molina monroe montgomery moody moon moran
morrison morrow morse moss mueller mullins murillo navarro neal newman newton nicholson nixon noble nolan norman
norris norton oconnor odom oneal orr osborne owen pace pacheco padilla page palmer park parks parrish parsons
pate patton paul pearson pennington perez phelps pittman pollard poole pope potter pratt preston prince pruitt
pugh quinn ramsey randall rasmussen rhodes richard richmond riggs rios rivas robbins robles rocha rodgers
rollins rosales rowe rowland roy russo sampson sanford saunders savage sawyer schaefer schroeder schultz
schwartz sellers serrano sexton shannon sharp shelton shepherd sherman shields short simon sims singleton skinner
slater sloan small snow solomon sosa sparks spears stafford stanley stanton stark steele stein stevenson stokes
stout strickland stuart sutton sweeney swanson tate terrell terry thornton todd townsend trujillo tyler underwood
valdez valencia vance vaughn velasquez villarreal vincent wade walls walter walton ware waters watkins weeks
welch wheeler whitaker whitehead whitfield wilcox wiley wilkerson wilkins wilkinson williamson winters wise
wolfe woodard woodward wooten workman wyatt york zamora zimmerman
`);

/** Capitalised words that follow given names in job titles and prose, and are not surnames. */
export const NOT_SURNAMES = words(`
period policy data research researcher analyst analysis manager management senior junior lead leader head chief
officer director engineer engineering developer designer writer editor reviewer review assistant agent specialist
expert consultant coordinator planner strategist architect scientist administrator admin support service services
team group unit department office desk center centre report reporting content marketing sales finance financial
legal compliance operations product project program programme customer client user account accounts business
market markets quality security risk audit auditor tax travel health medical care fire police emergency response
street road avenue lane way drive court place system systems platform api tool tools task tasks crew flow agent
agents model models insight insights summary summaries draft drafts plan plans note notes email emails calendar
the and of for to in on at by with from as or a an is are be was were will would can could should may might must
knowledge base database search engine web site page pages post posts blog article articles news newsletter
executive president vice associate principal staff intern partner owner founder ceo cto cfo coo vp hr it qa
day week month year quarter season time date schedule deadline budget cost price pricing order orders invoice
card cards bank banking loan loans credit debit payment payments insurance claim claims grace mark will
optimizer optimization generator generation extractor extraction classifier classification evaluator evaluation
validator validation checker detector writer reader parser scraper crawler builder maker helper handler router
markdown json yaml csv pdf html xml sql python code coding script scripts file files folder document documents
new york san francisco los angeles london paris berlin tokyo madrid rome lisbon dublin sydney toronto united states
kingdom america europe asia africa north south east west google microsoft amazon apple meta openai slack github
drive docs sheets gmail outlook teams zoom notion jira confluence salesforce hubspot stripe linkedin twitter
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december trash cleanup cleaner inbox folder label labels spam draft drafts reply replies
`);

/** Honorifics and titles that introduce a name, in several languages (matched case-sensitively with a capital). */
export const HONORIFICS = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady',
  'Sr', 'Sra', 'Srta', 'Don', 'Doña', 'Dona', 'Señor', 'Señora', 'Senhor', 'Senhora',
  'Herr', 'Frau', 'Monsieur', 'Madame', 'Mme', 'Mlle', 'Sig', 'Signor', 'Signora', 'Signorina', 'Dott', 'Dottoressa', 'Avv', 'Ing',
];

/** Words before a name that make a single capitalised word a person ("assistant to Maria"). */
export const NAME_CUES = [
  'named', 'called', 'name is', 'assistant to', 'reports to', 'report to', 'on behalf of', 'contact', 'email', 'ask',
  'signed by', 'approved by', 'reviewed by', 'owned by', 'written by', 'managed by', 'cc', 'dear', 'hi', 'hello',
  'chamado', 'chamada', 'llamado', 'llamada', 'appelé', 'appelée', 'chiamato', 'chiamata', 'genannt', 'querido', 'querida', 'caro', 'cara', 'cher', 'chère',
];

/** Chinese family names (single characters), for 先生/女士 style mentions. */
export const CJK_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

export const KOREAN_SURNAMES = '김이박최정강조윤장임한오서신권황안송전홍';

export const HEBREW_GIVEN = ['דוד', 'משה', 'יוסף', 'יוסי', 'אברהם', 'יעקב', 'יצחק', 'שרה', 'רחל', 'לאה', 'רבקה', 'מרים', 'נועה', 'תמר', 'יעל', 'שירה', 'מיכל', 'דניאל', 'אורי', 'נועם', 'איתי', 'רון', 'דנה', 'מאיה', 'אביגיל', 'חנה', 'אסתר', 'שמואל', 'אליהו', 'גיל'];
