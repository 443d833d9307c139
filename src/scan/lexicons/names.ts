// Name lexicons for PERSON: common given names and surnames across the languages
// real CrewAI configs are written in, plus the words that look like names in job
// titles ("Grace Period", "Will draft") and must not count as surnames.

const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

export const GIVEN_NAMES = words(`
lavinia
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
aaliyah abdul abdullah abel abigail abraham adam adele adriana agata agnieszka agustín aidan ailsa aino aleksander
aleksandra alessia alexandre alexandra alfonso alfredo alice alina alinta alistair alma amadeo amalia amara ambrose
amélie amir amira anastasios andrei andrés andreia angélica aniela anita anjali ann annabel annette anouk antonella
antoine antonia antonio aoife ari arjun armando arnaud arturo arvid asha ashwin astrid augustin aurora axel ayesha
baptiste barbara basil beatrice bella benedikt benoît bernadette bianca birgitta blanca bogdan borja boris bridget
brigitte caio camila candela carina carla carlo carmela carmen carolina catalina caterina cecília celia charlotte
chiara christoph christos cillian clara claudio clémence colm concetta constance corentin cornelia cristian cristiano
dagmar damien damián daniela dara darius dario darragh davide delphine demetrio denis desmond diego dimitri dimitrios
dinah dolores dominika donatella dorota dorothea douglas duarte eduarda edoardo eilidh eitan ekaterina elias elif
eliana elisa elisabeth eliza elke ella elodie eloise elsa emanuele emil emilia émile emilio emma enrico enzo erika
ernesto esteban estela ester estelle ethel eugenia eva evelina ewa fabian fabiana fabio fabrizio farah fatma federica
felipe felix fernanda fernando filip filipa filippo finn fiona flavia flavio florence florencia francisca franz
frederik frida gabriel gabriela gaël gaspard gemma georg georgina gerard gerardo gianluca gianni gilberto gina giorgia
giovanna gisela giuseppe gloria gonzalo gregor greta guilherme guillermo gustavo hadas hadassah hakan halima hamid
hana hannes harald hassan heike helena helmut henri henrique hermann hilda hilde hugo ibrahim ida ignacio igor ilaria
ilse imran inês inga ioana ioannis irene irina iris isaac isabela isabelle isadora ismael itzel ivana ivo jacek
jacinta jacob jacques jakob jamal janina janusz javier jeanne joaquim joaquín joanna joel johan johanna johannes jolanta
jorge josefina josip jovana júlia juliana julien juliette jurgen justyna kamil kamila karim karina karolina kasper
katharina katja kerstin kieran kirsten klara konrad kristian kristina krystyna kuba lara larissa lars laszló leandro
leila lena leonardo leonie leopold letícia liam lidia lina linnea lisa livia lorena lorenz lotte louis louisa lourdes
luana luca lucas lucía luciana ludovic ludwig luigi luisa lukas lupe madalena magda magdalena maja malak malgorzata
manon manuela marcela marcello marcin marco marek margarida margot mariam mariana marianne marina mario marisol marius
marlene marta martina mateo mateus matías matilda matilde mattias maura maurizio maximilian maya mehdi melanie mercè
micaela michela mihai mikael mikel milan milena mira miriam mirko moritz nadia naomi natalia nathalie nazia nelly
nicola nicolás nicole niklas nikola nina noemi noémie nora norberto nuno octavio ola olaf olga olivia omar orla otto
pablo paloma pamela paola pascal patricio patrizia paula pauline pavel pedro penélope petra philipp pia pierluigi
pietro pilar piotr quim rachid radu rafaela raffaele raimundo ramón raquel raúl rebeca regina reinhard rémi renata
renée ricardo rita roberta rocío rodolfo rogério rolf romain romeo rosa rosalía rosario roxana rubén rui ruth sabrina
salma salvador samir samuel sandro santiago sara sebastián sebastian selin serena sergio sigrid silvia simona simone
sinéad sirin sofía sofia solveig sonia stefania stefano stella sven sylvie tadeusz tamara tatiana teresa thiago
timo tobias tomás tomasz tommaso tova ugo uriel ursula valentín valentina valeria valérie vasco verónica vicente
viktor vincenzo violeta virginia vitor vittoria vivian vladimir wiktoria wilhelm wojciech xavier yara yasmine yolanda
yosef youssef yusuf zainab zeynep ziggy zofia zuzana
adaeze ade adwoa akua ama amaka ayodele babajide chiamaka chinonso efua emeka folasade ifeanyi kehinde kojo kwabena
kwaku nana nnamdi obinna olumide segun taiwo uchenna yaw yetunde zainab
aarav aditya akash amrita ananya anil anita arun bhavna deepak devi dinesh gaurav harsh isha jaya karan kiran krishna
lakshmi manish meera mohan nikhil nisha pallavi pradeep prakash rajesh ramya ritu sachin sandeep sanjay sapna shreya
shruti sneha sunil swati tanvi uday varun vikram vinod yash
ahmad ali amin anwar ayman bilal farid fatemeh hadi hossein karim leyla mahmoud majid maryam mehmet mina mohammad
mostafa nasrin omid parisa rahim reza saeed sara shirin soraya tariq yasmin zahra
anh bao chau duc hai hanh hoa hung huong khanh lan linh long mai minh nam ngoc phuong quang thanh thao trang trung tuan
chen fang hua jian jie jing juan lei li lin ling mei ming na ning ping qing rui shan tao ting wei wen xia xiao xin yan
yang yi ying yong yu yun zhen zhi
haruki hinata hiroko kaito kazuki kenta koji mai makoto mariko masato miki misaki nanami riku ryo ryota sakura shota
shun takumi tomoko yoko yuka yusuke yuta
daeho dongmin eunji hyejin jaehyun jihoon jisoo jiyoung junho minji seungho sooyoung sujin yejin yuna
mikko juha jukka matti timo kari antti pekka heikki janne ville tuomas aleksi eero lauri onni aino aila eeva hanna helmi
kaisa liisa maarit minna outi päivi riikka sanna satu tiina tuula veera
andris janis juris kristaps martins raimonds aija baiba dace ieva ilze laura liga zane aurimas darius mantas tomas vytautas
agne egle ruta jurgita
giorgos konstantinos nikos panagiotis vasilis yannis stavros kostas eleni katerina maria despina sofia georgia
andras balazs bence gabor istvan janos laszlo mate peter tamas zoltan zsolt anna eszter katalin reka zsofia
andrei bogdan cristian florin ionut mihai razvan stefan vlad alexandra andreea bianca diana elena ioana irina raluca
budi agus dewi eko indra putri rina sari siti wahyu yudi ayu bayu dian fitri intan
jose mark angelo jericho kristine maricel rowena jomar ligaya
somchai somsak niran kanya malee siriporn sunee
abebe alemayehu bekele dawit haile tesfaye almaz hirut meron selam tigist
ama kofi yaa esi akosua kwesi nii
thandiwe sibusiso themba lerato palesa nomvula bongani
aleksei anatoly boris dmitry fyodor gennady grigory konstantin leonid maxim mikhail nikita oleg pavel roman ruslan semyon
stanislav vadim valentin viktor yaroslav yuri alla daria galina inna kseniya lyudmila marina nadezhda oksana polina
sofiya valeriya vera yelena yulia zoya
bohdan taras andriy mykola oleksandr olena kateryna iryna
dragan goran milos nemanja nikola stefan vladimir ana jelena marija milica
`);

/** Given names that are also ordinary words: they need a known surname or a cue. */
// given names that are also well-known products and assistants: alone they name the product
// ("Build the site with Hugo", "Alexa for Business"); with a family name they are a person
const PRODUCT_NAMES = `
alexa siri cortana hugo jasper harvey claude gemini devin grok copilot bard einstein ollama mistral llama jarvis
`;
export const AMBIGUOUS_GIVEN = words(PRODUCT_NAMES + `
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
abreu acosta aguilar alcántara almeida alves amaral andrade antunes aragão araújo azevedo baptista barros batista
bezerra borges braga branco brito cabral caldeira campos cardoso carneiro castro cavalcante coelho cordeiro correia
couto cruz cunha domingues duarte esteves farias faria fernandes figueiredo fonseca franco freitas gaspar gonçalves
guerra guimarães henriques jesus leal leite lobo lopes loureiro macedo machado magalhães maia marques matos medeiros
meireles miranda monteiro morais moreira mota moura neves nogueira novais paiva pacheco pereira peixoto pimentel pinheiro
pires prado queiroz ramos reis rezende ribeiro salgado sampaio santana sardinha soares tavares torres valente vasconcelos
vaz vidal vieira xavier
aguirre alarcón aranda arias barrera bautista benítez bravo caballero calvo campos cano carmona carrasco castaño
cisneros contreras córdoba crespo cuesta domínguez escobar espinosa esteban estévez fuentes gallego gil giménez guzmán
herrera hidalgo ibáñez jiménez lara león lorenzo luna maldonado márquez mejía méndez merino mora nieto ochoa olmos
ortega pacheco padilla palacios pardo paredes pascual peña prieto quintero quispe ramos reyes ríos rivas robles rojas
rosales rosario salazar salinas sanz santana sepúlveda solís soto tapia toledo trujillo valdez valencia valenzuela
vargas vázquez vega velasco vera villa villalobos zamora zapata
arnaud aubert barbier baron benoit blanc blanchard boucher bouvier brun caron carpentier chevalier clement colin
dumont dupuis durand faure fontaine gaillard garnier gauthier gautier giraud guerin henry hubert joly lacroix lambert
lebrun leclerc lefebvre legrand lemaire leroux lucas marchand mathieu meunier millet morin muller noel olivier
perrin picard poirier renard renaud rey rousseau roussel roy schmitt vidal
amato barone basile bellini benedetti bernardi bruno cattaneo cirillo coppola costantini d'angelo de angelis de santis
ferrara ferri fiore fontana gentile giuliani grasso guerra lombardo longo mancini marchetti martinelli messina monti
morelli negri orlando palumbo parisi pellegrini ricci rinaldi romano russo sala sanna serra silvestri testa valentini
villa vitale
bauer beck berger brandt busch dietrich engel frank friedrich fuchs graf günther haas hahn heinrich herrmann horn huber
jäger jung kaiser keller kraus kuhn lang lorenz ludwig maier marx mayer möller otto peters pohl roth sauer schäfer
scholz schubert schulte schumacher schuster seidel simon sommer stein thomas vogel vogt walter weiß winkler wolff ziegler
andersen bergström christensen dahl ekström fredriksson gustafsson hedlund holm isaksson jakobsen johannesen
kristensen larsen lindström magnusson mikkelsen nyberg olsen sandberg sjöberg strand sundberg svensson thomsen
vik wikström
bakker de graaf de wit dekker hendriks hermans jacobs janssens kuipers maes peeters sanders van beek van leeuwen
van der meer verhoeven vermeulen willems
adamczyk dąbrowski grabowski jankowski kaczmarek kozłowski krawczyk mazur michalski nowakowski pawłowski wieczorek
wojciechowski woźniak zając kovač horvat kovács nagy szabó tóth varga molnár popescu ionescu popa dimitrov georgiev
ivanova petrova papadopoulos papageorgiou nikolaidis
adeleke adebayo afolabi babatunde balogun chukwu eze nwosu obi ogunleye okeke okoro olawale onyeka uzoma
banerjee bhatt chatterjee das desai dutta ghosh jain kulkarni mishra mukherjee naidu pandey pillai saxena sen
srinivasan subramanian tiwari trivedi yadav
abbasi ahmadi akbari amini hosseini jafari karimi mohammadi rahimi rezaei sadeghi farahani
bui dang dinh do duong ho huynh le ly ngo pham phan truong vo vu
chan cheung chow fong ho kwan lam lau leung ng tsang wong yeung
abe endo fujii fujita goto hasegawa ikeda ishii ishikawa kondo maeda matsuda mori murakami nishimura ogawa okada
ono saito sakamoto takeda ueda yamazaki
ahn bae baek byun cha chung ha heo jin ko koo moon nam noh ryu son yang yoo yu
ben-david dahan golan levy mizrahi ohana sharon shalom
virtanen korhonen nieminen mäkinen hämäläinen laine heikkinen koskinen järvinen lehtonen lehtinen saarinen salminen
heinonen niemi heikkilä kinnunen salonen turunen salo laitinen tuominen rantanen karjalainen jokinen mattila savolainen
lahtinen ahonen
bērziņš kalniņš ozoliņš jansons liepiņš kazlauskas jankauskas petrauskas stankevičius vasiliauskas tamm saar sepp mägi
papadakis georgiou dimitriou konstantinou karagiannis vlachos pappas
horváth kiss szabo farkas balogh papp takács juhász lakatos mészáros oláh simon rácz fekete
popescu ionescu popa radu stoica stan dumitru gheorghe matei munteanu
santoso wijaya kusuma hidayat pratama saputra setiawan susanto gunawan
reyes cruz bautista ocampo mendoza santos garcia del rosario villanueva
srisuk saetang chaiyaporn
bekele tesfaye haile girma alemu kebede
mensah asante owusu boateng osei appiah agyeman
dlamini nkosi ndlovu khumalo mokoena zulu
ivanov smirnova kuznetsova popova sokolova lebedev kozlov novikova morozova petrova volkova solovyov vasilieva
zaitsev pavlov semenov golubev vinogradov bogdanov vorobyov
shevchenko bondarenko kovalenko boyko tkachenko kravchenko oliynyk
jovanović petrović nikolić marković đorđević stojanović ilić stanković pavlović milošević
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

/**
 * Words right before a name that mark it as a person ("assistant to Maria", "cliente João Silva").
 * Strong cues make even two unknown capitalised words a name; weak cues (prepositions) only
 * support a known given name ("send it to Maria") — "Analista de Mercado Líder" is a title.
 */
export const STRONG_NAME_CUES = [
  'named', 'called', 'name is', 'name', 'assistant to', 'reports to', 'report to', 'on behalf of', 'contact', 'ask', 'email', 'call', 'ping',
  'notify', 'remind', 'thank', 'signed by', 'approved by', 'reviewed by', 'owned by', 'written by', 'managed by', 'led by', 'dear', 'hi',
  'hello', 'hey', 'cc', 'bcc', 'customer', 'client', 'patient', 'candidate', 'applicant', 'employee', 'colleague', 'boss', 'tenant', 'guest',
  'traveller', 'traveler', 'passenger', 'contact person', 'point of contact', 'account holder', 'cardholder', 'beneficiary', 'recipient',
  'cliente', 'clienta', 'paciente', 'chamado', 'chamada', 'contato', 'contate', 'falar com', 'senhor', 'senhora',
  'llamado', 'llamada', 'contacto', 'contactar', 'hable con', 'querido', 'querida', 'estimado', 'estimada', 'señor', 'señora',
  'appelé', 'appelée', 'contactez', 'cher', 'chère', 'monsieur', 'madame',
  'chiamato', 'chiamata', 'contattare', 'rivolgersi a', 'caro', 'cara', 'gentile', 'signor', 'signora',
  'kunde', 'kundin', 'genannt', 'liebe', 'lieber', 'ceo', 'cfo', 'cto', 'coo', 'cmo', 'ciso', 'founder', 'cofounder', 'co-founder',
  'president', 'chairman', 'chairwoman', 'my name is', 'i am', "i'm", 'meu nome é', 'me llamo', 'mi nombre es', 'je m’appelle', "je m'appelle",
  'mi chiamo', 'ich heiße', 'ich bin', 'copy', 'owner is', 'contact is', 'manager is', 'assignee is', 'requester is', 'approver is', 'reviewer is',
  'account owner is', 'point of contact is', 'assigned to', 'requested by', 'escalate to', 'reporting to', 'report to',
];
/** Cues after which the next capitalised word is a name even when no lexicon knows it ("an assistant named Zuri"). */
export const NAMING_CUES = ['named', 'called', 'name is', 'my name is', 'chamado', 'chamada', 'llamado', 'llamada', 'me llamo', 'meu nome é', 'mi nombre es', 'appelé', 'appelée', "je m'appelle", 'chiamato', 'chiamata', 'mi chiamo', 'genannt', 'ich heiße'];
export const WEAK_NAME_CUES = [
  'to', 'by', 'from', 'with', 'for', 'and', 'is', 'are', 'am', 'as', 'was', 'manager', 'owner', 'user', 'member', 'student', 'author', 'sender', 'speaker', 'host',
  'com', 'para', 'a', 'à', 'ao', 'pelo', 'pela', 'con', 'al', 'avec', 'pour', 'chez', 'de', 'par', 'per', 'di', 'da', 'an', 'mit', 'für', 'von',
];

/** Chinese family names (single characters), for 先生/女士 style mentions. */
export const CJK_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

export const KOREAN_SURNAMES = '김이박최정강조윤장임한오서신권황안송전홍';
/** further Korean family names: judged only before a person's suffix (씨, 님, 에게), see personScripts.ts */
export const KOREAN_SURNAMES_MORE = '문배류남노하유양손백허심곽차';

export const HEBREW_GIVEN = ['דוד', 'משה', 'יוסף', 'יוסי', 'אברהם', 'יעקב', 'יצחק', 'שרה', 'רחל', 'לאה', 'רבקה', 'מרים', 'נועה', 'תמר', 'יעל', 'שירה', 'מיכל', 'דניאל', 'אורי', 'נועם', 'איתי', 'רון', 'דנה', 'מאיה', 'אביגיל', 'חנה', 'אסתר', 'שמואל', 'אליהו', 'גיל', 'איתן', 'עומר', 'רונית', 'אורית', 'יונתן', 'אריאל', 'עידו', 'ליאור', 'טל', 'הדס', 'עדי', 'ענבל', 'אלון', 'גלעד', 'אסף', 'ניר', 'שי', 'רותם', 'ליה', 'אביב', 'עמית', 'יהודה', 'בנימין', 'אהרון', 'ציפורה', 'נעמה', 'שלמה', 'חיים', 'מאיר', 'אלעד'];

/** Lower-case particles inside names: João da Silva, Isabel van der Berg, Ana de la Cruz. */
export const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'dal', 'van', 'von', 'der', 'den', 'ten', 'ter', 'la', 'le', 'du', 'des', 'bin', 'bint', 'al', 'el', 'ibn', 'y', 'e', 'zu', 'st']);

/** Common Japanese family names (kanji), for さん/様 mentions and 担当者は… cues. */
export const JAPANESE_SURNAMES = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '渡部', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林',
  '清水', '斎藤', '斉藤', '森', '池田', '橋本', '阿部', '石川', '山崎', '中島', '前田', '藤田', '小川', '後藤', '岡田', '長谷川', '村上', '近藤', '石井',
  '坂本', '遠藤', '青木', '藤井', '西村', '福田', '太田', '三浦', '藤原', '岡本', '松田', '中川', '中野', '原田', '小野', '田村', '竹内', '金子', '和田',
  '中山', '石田', '上田', '森田', '原', '柴田', '酒井', '工藤', '横山', '宮崎', '宮本', '内田', '高木', '安藤', '谷口', '大野', '丸山', '今井', '河野',
];
