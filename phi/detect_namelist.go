package phi

// Common given names across many cultures. They let the scanner accept a
// name that has no other cue: one written in lower case, or a capitalised
// pair at the start of a sentence. Context still decides; the list only says
// "this word is often a first name".
const firstNameList = `
aaliyah aarav aaron abby abdul abdullah abel abena abigail abraham achieng ada adaeze adam
adaora adebayo adele adeline aditya adrian adriana adrienne agnes agnieszka ahmad ahmed aidan
aiden aiko aisha akira akosua akua alan alana albert alberto alejandra alejandro alex alexa
alexander alexandra alexis alfonso alfred alfredo ali alice alicia alina alisha alison allison
alma alonzo alvin alyssa ama amaka amanda amara amber ambrose amelia amina amir amit amy ana
ananya anastasia anatoly anderson andre andrea andrei andres andrew andy angel angela angelica
angelo anil anita anjali ann anna annabelle anne anneliese annette annie ansel anthony antoine
antonio anya aoi aoife april araceli arjun arlene armando arnav arnold arthur arturo asha
ashley astrid aubrey audrey august augustus aurora austin ava avery ayesha ayse babajide babak
barbara barry beatrice beatrix beatriz becky belinda ben benedict benjamin bernadette bernard
bernice bert beth bethany betty beverly bianca bilal bill billy bjorn blake blanca bob bobby
bogdan bonnie boris brad bradley brandon brenda brendan brian briana bridget brigid brittany
brooke bruce bruno bryan byron caleb calvin cameron camila camille candace carl carla carlos
carmen carol carole caroline carolyn carrie casey cassandra catherine cecil cecilia cedric
celeste celia chad chandra charlene charles charlie charlotte chen cheryl chester chiamaka
chidi chinedu chioma chloe chris christian christina christine christopher chuck chukwuemeka
ciaran cindy citlali claire clara clarence claude claudia clay clayton clifford clint clyde
cody colin colleen connie connor constance consuelo cora corey cormac cornelius courtney craig
crystal curtis cynthia daiki daisy dakota dale dallas damian damon dan dana daniel daniela
danielle danny dante daphne darius darlene darnell darren darryl dave david dawn dean deanna
debbie deborah debra declan deepa deepak delia della delores demetrius denise dennis derek
derrick desmond devin devon dewey diana diane dianne diego dieter dimitri dina dinah divya
dmitri dmitry dolores dominic dominique don donald donna dora doris dorothy doug douglas duane
duc dustin dwayne dwight dylan eamon earl ebony ed eddie edgar edith edmund edna eduardo edward
edwin efosa efua eileen elaine eleanor elena eli elias elif elijah elisa elise eliza elizabeth
ella ellen ellie elliot eloise elsa elsie emeka emil emilia emily emine emma emmanuel enrique
eric erica erik erin ernest ernesto esi esme esperanza essie esteban estelle esther ethan ethel
eugene eula eun-ji eunice eva evan evangeline eve evelyn everett ezra fabian faith fang farah
fatima fatma faye felicia felipe felix fernando finbar fiona florence florencia floyd frances
francesca francis francisco frank franklin fred freda frederick freya funmilayo gabriel
gabriela gabrielle gail ganesh garrett gary gavin gayle gene geneva genevieve geoffrey george
georgia gerald geraldine gerard gertrude gideon gilbert gina giovanni gladys glen glenda glenn
gloria gordon grace graciela graham grant greg gregory greta gretchen guadalupe guillermo
gunther gustavo gwen gwendolyn hailey hakeem hamza hana hannah hans hao harish harold harper
harriet harry haruki haruto harvey hassan hazel heather hector hedwig heidi helen helena helga
henrietta henry herbert herman hilda hina hinata hiroshi hoang holly homer hope horace howard
hugh hugo huong hussein hye-jin ian ibrahim ida ifeoma ignacio igor ikechukwu imani imogen ines
inez ingeborg ingrid irene iris irma irving isaac isabel isabella isaiah ishaan ismael itzel
ivan ivy jabari jack jackie jackson jacob jacqueline jada jade jaime jake jamal james jamie jan
jane janet janice jared jasmine jason javier jay jean jeanette jeanne jeff jeffrey jenna
jennifer jenny jeremiah jeremy jerome jerry jesenia jesse jessica jesus ji-ho ji-woo jill jim
jimmy jo joan joann joanna joanne joaquin jocelyn jodi joe joel johanna john johnny jolanta jon
jonah jonathan jordan jorge jose josefina joseph josephine josh joshua joy joyce juan juanita
judith judy julia julian juliana julie julio jun june jurgen justin kai kaitlyn kamal kamau
kara karen kari karina karl katarzyna kate katherine kathleen kathryn kathy katie katrina
kavita kay kayla keisha keith kelly kelsey ken kendra kenji kenneth kenta kerry kevin khalid
kim kimberly kiran kirk klaus kofi kristen kristin kristina krzysztof kurt kwabena kwame kyle
kylie lakshmi lalitha lamar lan lance lara larry lars latasha latoya laura lauren laurence
laverne lawrence layla leah lee leila lena leo leon leona leonard leroy leslie lester leticia
lewis li liam lila lillian lily linda lindsay lindsey linh lionel lisa lloyd logan lois lola
lonnie lora loretta lori lorraine louis louise lucas lucia lucille lucy luis luke luna lupita
luz lydia lyle lynn mabel mackenzie madeline madison mae maeve magdalena maggie mai malcolm
malgorzata malik mamie mandy manoj manuel mara marc marcel marcia marco marcus margaret
margarita marguerite maria mariah marian mariana marianne maribel marie marilyn mario marion
marisol marjorie mark marlene marsha marshall martha martin marvin mary mason mateo mathew
matilda matthew mattie maureen maurice mavis max maxine may maya meena megan mehmet mei melanie
melinda melissa melody melvin mercedes meredith mia micah michael michelle miguel mihai mike
mildred miles millie milton min-jun mina ming minh minnie miranda miriam misty mitchell mohamed
mohammed molly mona monique morgan mortimer moses muhammad muriel mustafa myra myrtle nadia
nancy naomi natalia natalie natalya natasha nathan nathaniel nayeli neha neil nell nellie
nelson nettie ngozi nguyet nia niamh nicholas nicole nikhil nina nisha nkechi nnamdi nneka noah
noel nora norma norman nour nuala obi obinna octavia okonkwo oksana olena olga olive oliver
olivia ollie olumide oluwaseun omar opal ophelia orla orlando osagie oscar otieno otis ottilie
owen pablo padma padraig paige paloma pamela pat patricia patrick patsy paul paula pauline
pearl pedro peggy penelope percival percy perry pete peter philip phillip phoebe phyllis pierre
pilar piotr polly pooja prakash preston priscilla priya quang rachel rafael rahul raj rajesh
rajiv rakesh ralph ramesh ramon ramona randall randy raquel rashid raul ray raymond rebecca
regina reginald rekha rena renata rene renee rex rhonda ricardo richard rick ricky riku rita
rob robert roberta roberto robin rochelle rocio rodney rodrigo roger rohan roland rolando ron
ronald ronan ronnie rosa rosalie rosalind rosalyn rosario rose rosemary ross roxanne roy ruby
rudolph rudy rufus rupert russell ruth ryan sabrina sadie sakura salvador sam samantha samuel
sana sandra sandy sanjay santiago saoirse sara sarah saul savannah scott seamus sean sebastian
selena seo-yeon serena sergio seth shane shannon sharon shawn sheila shelby shelly sherri
sherry shirley shreya siddharth sidney sigrid silas simon simone siobhan socorro sofia sonia
sonya soo-jin sophia sophie sota stacey stacy stanislaw stanley stella stephanie stephen steve
steven stuart sue sunil sunita suresh susan suzanne sven svetlana sydney sylvia tabitha takumi
tamara tami tammy tanya tara tariq ted temitope teresa terrance terrence terry thanh thelma
theodore theresa thomas thuy tiffany tim timothy tina tobias todd tom tomas tomasz tommy toni
tony tracey traci tracy travis trevor tricia troy tuan tunde tyler tyrone uchenna ulysses una
uriel ursula usha valentina valeria valerie vanessa vera vernon veronica vicki vicky victor
victoria vihaan vijay vikram vincent viola violet virgil virginia vivian wade wallace walter
wambui wanda wanjiru warren wayne wei wendy wesley whitney wilbur wilfred will willa william
willie wilma winifred winston wojciech wolfgang wyatt xavier ximena xiu yaa yan yareli yasmin
yasmine yaw yesenia yolanda yosef yui yuki yuna yuri yusuf yuto yvette yvonne zachary zainab
zara zelda zeynep zoe zoey zuri
`

// ambiguousFirstList holds first names that are also everyday words; they
// never start a lower-case name on their own.
const ambiguousFirstList = `
ama amber angel april ash august austin ben bert bill blake bob carol carolina casey cash chase
chen chuck cora crystal dallas dan dawn dean don drew earl ed esme essie eve faith faye
florence frank gail gene georgia glen grace grant hana hao harper hazel heather holly homer
hope hunter ida iris ivy jack jade jan jean jo jordan joy jun june kai kara kay ken kim kiran
lan lance lara lee lena li lily logan lola luna luz lynn mae mai mark mason max may mercedes
miles ming misty mona morgan nell nia noel obi olive ollie opal otis pat pearl pilar ray rene
rex rob rose ross ruby sam sandy sean sky sue summer sydney tim tom tyler una victoria virginia
wade wanda wei will yan
`

// commonWordList holds everyday English and hospital-chat words. A
// lower-case word outside it (and outside every other word list) may be a
// name; one inside it never starts or continues a lower-case name.
const commonWordList = `
auth pending approved denied pended authorization prior precert done finished started
a about above access account acct across act action actually add added address admin admit
advocacy advocate after again against age agenda ago agree ahead aid aids air alarm alert all
allow almost alone along already also always am ambulance among amount an and announced another
answer any anyone anything anyway apologize apology app approve approved april are area around
arrive as asap ask asked asking at attach attn aunt available away back back-office bad badge
bag balance bathroom bay be because become bed beds been before begin behind being belongings
below benefits best better between bids big bill billing birthdate birthday bit black blanket
blood blue board body book both bottom box break bring broke broken brother brought budget
build building built business busy but buy by cafeteria call called calling calls came can
cancel cane cannot capital car card cardiac care case cause cell census center ceo certain cfo
chair chance change charge charger charity chart check child children choose city claim class
clean clear client close closed clothes cmo cno coat code coffee cold column come comes coming
comment company complaint complaints complete concern concerns confirm confirmation consent
consult contact continue contracts coo coordinator copay copies copy correct cost could count
country counts course cover cpt create credentialing current cut daily data date daughter day
days dead deadline deal dear decide deck deductible defibrillator demand demanding denial
dentures deposit desk detail details device did die died diet different dinner direct discharge
discuss dispute do doc doctor documentation does doing done door dose doses double down
downtime draft drain drive drop due dues during each early east easy eat edit education either
elevator eligibility else email end engagement enough enrollment enter entire entrance envelope
er error escalate escalation even evening event ever every everyone everything exact example
except exec exit expect experience export extra eye face fact fail failed fall falls families
family far fast father fax fee feedback feel few field file filed fill final finance financial
find fine finish firm first fix floor flow folder follow food for form forms forward found
foundation free friday from front full fund further garage gave general get gets getting gift
give given glad glasses go goes going gone good got gown grade granddaughter grandson great
green grievance grievances group grow guardian guess had half hall hand happen happy hard has
have having he head hear heard hearing help her here high him hipaa his hold holds home hope
hospice hospital hour hours house how however hr huddle human husband i icd idea identifiers
ids if implanted important in incident include increase info information inside instead
insurance intake into invoice is issue it item itemized its itself iv jacket job join juice
just keep kept key keys kind knew know known lab labs large last late later law leadership
least leave left legal less let letter level liaison life light like line linen lines link list
lists little live lives lobby local log login long look looking lost lot love low made mail
main make making man manager managers many march margin matter may maybe me meal meals mean med
medication medicine meds meet meeting member mention merge message met middle might mind minute
minutes miss missed mix mom monday money monitor month more morning most mother move moved much
must my mychart myself name nashville navigator near need needed needs nephew never new next
nice nicu niece night no none noon nor north not note notes nothing notice notify now number
nurse occupancy of off office often oh ok okay old on once one only open operating or order
orders ortho other our out outcomes outstanding over own oxygen pacemaker packet page paid pain
paper park parked parking part past patch patient pay payment people per percent perhaps person
pharmacy phone pick pill pillow pills place placement plan plate please pls plus point policy
population populations portal portals post power ppe prefer presenting pretty price print
privacy private probably problem process project pull pump purse put quarter question quick
quite rail rate rather re reach reachable read reader ready real really reason recall receive
received recent record recording records red referral referring refresher refund regarding
registration reimbursement relations release remember remote renewal renovation rep reply
report reports request requested required rest result results return review right rights ring
room rooms run safety said same satisfaction saturday save saw say says scan scanner scans
schedule scores scrub scrubbed second see seem seen send sent serial service services set
several she sheet shipment shoes short shot shots should show shower side sign since sister sit
site size small snack so socks some somehing someone something son soon sorry sound south speak
special spine spouse staff stand start state statement status stay step step-down still stop
story strategic strategy street such summary summit sunday support sure surgery survey surveys
sympathy sync system table take taken talk taxonomy tea team tell template test tests than
thank thanks that the their them then there these they thing things think this those though
thought three through throughput thursday ticket time today together told tomorrow too took top
total toward towed tower town transport transportation travel tray tried trip true try trying
tube tuesday turn turns tv twice two type typo uncle under understand unit until unusual up
update upon us use used user usual utilization vaccine variance vehicle version very video vip
visit visitation visitor visitors volume volumes wait waiting waive walker wallet want wanted
wants was watch water way we wednesday week weekend well went were west what wheelchair when
where whether which while white who whole whom whose why wife will wing wish with within
without word work working would write write-off wrong wrote xray year yes yesterday yet you
your yours zone
`
