//! 2000 routes (1421 static, 579 with `:param` or `*rest`) and 1000 lookups, written by
//! `gen_routes.py`: do not edit by hand.

use chopin::Method;

use crate::{Kind, Lookup, Pattern};

fn h() -> &'static str {
    ""
}

chopin::app! {
    PUT "/v25/v29" => h;
    DELETE "/v214/admin45/pulls20/blobs26" => h;
    GET "/tags14/tags24/stats45" => h;
    PUT "/orgs56/blobs28" => h;
    DELETE "/keys31" => h;
    GET "/admin53/v256/teams5/tags33" => h;
    PUT "/items20/api35/*rest" => h;
    GET "/orgs43/keys13/:p2/:p3" => h;
    GET "/jobs26/feeds9/users53" => h;
    GET "/items50" => h;
    GET "/feeds51" => h;
    GET "/keys35" => h;
    GET "/repos46/tags7/orgs43/:p3" => h;
    GET "/items5/items56/jobs0/orgs21" => h;
    PUT "/posts35/v123/feeds42" => h;
    POST "/admin44/admin16" => h;
    PUT "/stats59" => h;
    GET "/teams43/:p1/:p2/stats7" => h;
    DELETE "/stats48/runs15/orgs53/v121" => h;
    POST "/api44/:p1/tags41" => h;
    GET "/feeds21/v225/v138" => h;
    POST "/jobs29/stats48/issues56/:p3" => h;
    GET "/feeds28/v132/runs16" => h;
    GET "/teams32/:p1/pulls15/*rest" => h;
    DELETE "/files17/users43/:p2" => h;
    GET "/v17/*rest" => h;
    GET "/repos34/:p1/repos9/teams59" => h;
    GET "/items51/items45/posts16/jobs0" => h;
    POST "/posts44/keys34/pulls32" => h;
    GET "/admin15" => h;
    POST "/orgs14" => h;
    POST "/v146" => h;
    GET "/v245/*rest" => h;
    GET "/pulls16/v135/:p2" => h;
    GET "/keys57/tags3/items54" => h;
    GET "/pulls54/orgs35/users43/tags28" => h;
    GET "/teams0/:p1" => h;
    GET "/files44" => h;
    PUT "/blobs3" => h;
    GET "/pulls35/runs38/:p2/feeds36" => h;
    GET "/stats38/items56" => h;
    DELETE "/orgs3/:p1/feeds14" => h;
    GET "/posts36/:p1/api50" => h;
    DELETE "/posts48/feeds32/v142" => h;
    GET "/blobs28/:p1" => h;
    GET "/items59/orgs37/items38" => h;
    GET "/blobs25/v29/api39" => h;
    PUT "/admin43/pulls50/:p2/jobs46" => h;
    PUT "/tags12/repos34/admin44" => h;
    GET "/files38/:p1/orgs36" => h;
    GET "/users55/repos57/:p2/posts58" => h;
    PUT "/stats32/:p1/runs49/:p3" => h;
    GET "/blobs51" => h;
    POST "/users21/pulls23/:p2/orgs15" => h;
    POST "/api0/jobs29" => h;
    GET "/runs17" => h;
    DELETE "/admin22/:p1/blobs57/:p3" => h;
    GET "/stats33/:p1/users30/keys2" => h;
    PUT "/runs35" => h;
    GET "/admin0/pulls48" => h;
    DELETE "/posts18/api16/pulls43/blobs40" => h;
    DELETE "/v28" => h;
    GET "/blobs20/jobs20/stats50/*rest" => h;
    GET "/items2/v246" => h;
    GET "/api1/items27" => h;
    GET "/v18" => h;
    POST "/api47" => h;
    PUT "/v28" => h;
    PUT "/tags21/teams56/blobs48/repos29" => h;
    GET "/tags25" => h;
    DELETE "/pulls42/*rest" => h;
    POST "/issues20/keys43" => h;
    PUT "/blobs50/v146" => h;
    PUT "/api7" => h;
    PUT "/items20/posts46/stats41/stats22" => h;
    DELETE "/jobs0/blobs17/jobs5" => h;
    GET "/api17/items5/:p2/repos4" => h;
    GET "/v242" => h;
    GET "/api27" => h;
    GET "/runs58/feeds16/v157" => h;
    GET "/repos59/users44/teams49" => h;
    POST "/pulls34/items36/:p2/orgs36" => h;
    PUT "/files35" => h;
    POST "/v225/items27" => h;
    POST "/runs4/:p1/posts33" => h;
    GET "/admin29/files30/:p2/stats17/*rest" => h;
    GET "/posts32/:p1" => h;
    POST "/feeds28/runs22" => h;
    GET "/feeds12/blobs14/blobs29/v154" => h;
    GET "/repos25" => h;
    POST "/stats23/blobs21/posts28/issues20/*rest" => h;
    POST "/v222/:p1/v228/*rest" => h;
    GET "/pulls50/items8" => h;
    GET "/stats44/admin16" => h;
    PUT "/repos48/feeds53/feeds58/v129" => h;
    GET "/v27" => h;
    PUT "/admin11/jobs9/posts33/keys50/*rest" => h;
    GET "/users43" => h;
    GET "/files25/teams30" => h;
    GET "/files32" => h;
    GET "/feeds28" => h;
    GET "/blobs39/users39/repos2/issues9" => h;
    GET "/v230/:p1/v134/api6" => h;
    PUT "/tags45/files38/:p2/orgs52" => h;
    GET "/admin21/users18" => h;
    PUT "/v254/v12" => h;
    GET "/stats32/issues43/feeds44/:p3" => h;
    GET "/runs17/files19" => h;
    GET "/stats20/items23" => h;
    GET "/issues59/posts43" => h;
    GET "/keys43/files20/jobs22/files18/*rest" => h;
    DELETE "/runs43/runs32/v156/v260/*rest" => h;
    GET "/admin20/tags50" => h;
    GET "/items42" => h;
    PUT "/jobs37/stats55/:p2/tags24" => h;
    PUT "/users53/tags27/admin56/runs14" => h;
    GET "/keys13/:p1/v110" => h;
    GET "/posts33" => h;
    PUT "/runs24/posts49" => h;
    GET "/issues45" => h;
    GET "/pulls3/api0" => h;
    GET "/v220" => h;
    GET "/posts52/files25" => h;
    GET "/repos48/api46" => h;
    GET "/stats14/users0" => h;
    GET "/feeds4/pulls58" => h;
    GET "/v157" => h;
    GET "/repos45/v14" => h;
    GET "/repos31/v253/posts55" => h;
    PUT "/runs53/pulls7/files52" => h;
    GET "/files35/v23/:p2" => h;
    GET "/blobs32/jobs43/teams44/issues59/*rest" => h;
    GET "/feeds12/v241/*rest" => h;
    GET "/keys16/teams45" => h;
    PUT "/jobs28/feeds42/tags23/users26" => h;
    GET "/repos45" => h;
    POST "/items44/teams30/:p2/orgs30" => h;
    GET "/admin16/items35/orgs5/:p3" => h;
    POST "/teams57/pulls1" => h;
    POST "/posts5/feeds37" => h;
    GET "/files30/feeds31" => h;
    POST "/admin3/:p1" => h;
    GET "/teams32/runs60/:p2/orgs15/*rest" => h;
    GET "/feeds36" => h;
    GET "/api36/blobs29" => h;
    DELETE "/keys25/keys11" => h;
    GET "/v215/keys4" => h;
    DELETE "/stats14/tags21" => h;
    GET "/items41/issues48" => h;
    GET "/pulls31/files34/blobs22" => h;
    GET "/orgs2/keys52/:p2" => h;
    GET "/items12/stats53" => h;
    PUT "/users19/:p1/repos50" => h;
    DELETE "/v122/items28" => h;
    GET "/v260" => h;
    GET "/issues11/runs48" => h;
    GET "/feeds20" => h;
    GET "/blobs13/users60/pulls53" => h;
    GET "/repos36/users7/users51" => h;
    PUT "/v234/:p1" => h;
    GET "/teams22" => h;
    GET "/keys44/:p1/stats60/tags22" => h;
    GET "/teams45/:p1/:p2" => h;
    GET "/posts32/:p1/posts21/files16" => h;
    GET "/admin6/issues2/:p2/feeds30" => h;
    GET "/teams44/:p1/jobs50/:p3" => h;
    GET "/blobs54/*rest" => h;
    PUT "/v239/keys9/pulls58/issues9" => h;
    POST "/runs11/tags15/admin48/users29" => h;
    GET "/v19" => h;
    GET "/feeds0/:p1" => h;
    GET "/blobs32/issues21" => h;
    DELETE "/teams50/api9/tags9" => h;
    GET "/items47" => h;
    GET "/stats6/files53/repos58/api58" => h;
    POST "/orgs41/runs32/v212" => h;
    PUT "/blobs9/blobs39/:p2" => h;
    GET "/api15/issues34" => h;
    GET "/jobs33/items58" => h;
    POST "/jobs1/:p1/jobs33" => h;
    GET "/blobs15/keys32" => h;
    GET "/issues34/orgs50" => h;
    GET "/issues20" => h;
    POST "/orgs8/posts23/runs35/orgs11/*rest" => h;
    POST "/posts12/:p1" => h;
    GET "/v237/keys55/stats54" => h;
    POST "/api37" => h;
    POST "/v113/repos32/blobs14/tags33" => h;
    GET "/blobs42" => h;
    GET "/pulls15/feeds56/:p2/repos31" => h;
    GET "/files1/pulls50/items56" => h;
    GET "/users46/api44/teams18/runs13" => h;
    GET "/teams54/teams23" => h;
    GET "/v114" => h;
    GET "/items57/:p1/posts22/:p3/*rest" => h;
    POST "/runs16" => h;
    DELETE "/items6/orgs17/v229/tags30" => h;
    GET "/stats14/:p1/:p2/:p3" => h;
    POST "/v239" => h;
    GET "/users2/posts58/:p2" => h;
    GET "/tags33/issues15/:p2/:p3" => h;
    GET "/runs12/orgs22/tags35" => h;
    POST "/stats35/:p1/orgs48" => h;
    POST "/v230/repos0/keys43/:p3" => h;
    PUT "/admin13/posts36/feeds48" => h;
    POST "/blobs34" => h;
    PUT "/files17/jobs33/admin47" => h;
    DELETE "/admin45/pulls58" => h;
    POST "/api54/v23" => h;
    POST "/stats36/items5/tags21/users6" => h;
    GET "/posts19/pulls13/orgs12/orgs41" => h;
    GET "/keys4/feeds45/pulls45/posts29" => h;
    GET "/files50/v256/jobs30" => h;
    POST "/posts13/files23/v158" => h;
    DELETE "/keys38/:p1/:p2/:p3" => h;
    POST "/feeds32/keys21/files48/repos25" => h;
    PUT "/users4/api44/keys3/:p3/*rest" => h;
    GET "/stats24/*rest" => h;
    PUT "/users37/admin16/posts42/v143" => h;
    POST "/api54/orgs51/repos18/runs59" => h;
    GET "/v136/keys35/pulls31/:p3" => h;
    POST "/feeds3/v112" => h;
    POST "/v214/:p1/v117/items51" => h;
    GET "/keys55/files55/pulls25/users16" => h;
    GET "/v122/blobs52/stats24/repos57" => h;
    PUT "/runs21/feeds23/posts60/v158" => h;
    GET "/keys44/files60/v18/api60" => h;
    GET "/teams31" => h;
    GET "/files49/feeds17/stats11/issues57" => h;
    GET "/runs14" => h;
    GET "/jobs53/blobs18/teams40" => h;
    GET "/api1/keys32/users19" => h;
    GET "/v15" => h;
    PUT "/teams41/runs6" => h;
    GET "/v124/teams54" => h;
    POST "/stats52/teams29/:p2" => h;
    GET "/jobs24/api28" => h;
    GET "/orgs30/:p1/pulls45" => h;
    GET "/admin43" => h;
    GET "/keys55/issues32/v129/users12" => h;
    POST "/api13/pulls5" => h;
    PUT "/orgs43" => h;
    GET "/v219/orgs4/admin47/admin32" => h;
    DELETE "/v230/keys46/:p2/teams32/*rest" => h;
    GET "/admin8/v140" => h;
    GET "/users12" => h;
    GET "/issues49/runs39/jobs53/issues39/*rest" => h;
    GET "/files14/admin43/orgs14/orgs39" => h;
    DELETE "/admin25/tags46/v138" => h;
    GET "/runs31/files33/stats12/:p3" => h;
    POST "/orgs33" => h;
    GET "/jobs49/repos10/v153/items16" => h;
    DELETE "/stats7/admin51" => h;
    GET "/admin11/runs53" => h;
    POST "/files52/issues1/:p2/tags13" => h;
    GET "/runs55/orgs52/:p2/users22" => h;
    GET "/v229" => h;
    GET "/repos53/:p1" => h;
    POST "/keys21" => h;
    GET "/feeds38/jobs54" => h;
    GET "/v234/:p1/blobs33/keys30" => h;
    PUT "/runs54" => h;
    POST "/tags0/:p1/admin22" => h;
    GET "/stats16/pulls38" => h;
    GET "/blobs44/orgs41" => h;
    GET "/runs21/:p1" => h;
    GET "/stats14" => h;
    POST "/posts3/issues42/orgs35/teams14" => h;
    PUT "/stats58" => h;
    POST "/posts19/admin57/tags0/runs42" => h;
    GET "/keys30/tags56/stats25" => h;
    GET "/issues27" => h;
    GET "/api57/keys31/jobs14/admin20" => h;
    PUT "/files40/api22/pulls19/:p3" => h;
    PUT "/teams18" => h;
    PUT "/feeds30/blobs28/items51/runs41" => h;
    GET "/users50/orgs6/:p2/v158" => h;
    GET "/feeds4/feeds35" => h;
    POST "/tags1" => h;
    GET "/pulls38" => h;
    DELETE "/posts4/pulls54" => h;
    PUT "/stats26/api4/stats18" => h;
    POST "/keys21/orgs26/:p2" => h;
    DELETE "/admin7/stats22/posts18" => h;
    PUT "/repos36/admin52/tags42/repos48" => h;
    DELETE "/blobs35/runs13" => h;
    DELETE "/orgs27/:p1/:p2/runs3" => h;
    GET "/users43/posts12/keys47/issues11" => h;
    DELETE "/stats58/teams25/stats25/items12" => h;
    GET "/files60/jobs60/keys20/:p3" => h;
    POST "/admin44/api16" => h;
    POST "/orgs1/runs25" => h;
    PUT "/api40/pulls38/:p2" => h;
    POST "/files47" => h;
    PUT "/pulls20/pulls8/v26" => h;
    PUT "/repos42" => h;
    DELETE "/api33/files15/feeds39" => h;
    PUT "/runs50/v113/v229/repos2" => h;
    DELETE "/teams3" => h;
    PUT "/stats48" => h;
    POST "/pulls25/posts2" => h;
    PUT "/v228" => h;
    GET "/files56/runs26" => h;
    DELETE "/issues44/stats42/pulls35" => h;
    GET "/tags11/items8/blobs31" => h;
    GET "/users0/orgs55/api14" => h;
    GET "/v226" => h;
    GET "/jobs34/users40" => h;
    GET "/jobs58" => h;
    POST "/stats52/:p1" => h;
    DELETE "/orgs54/admin41" => h;
    PUT "/blobs28/v224" => h;
    GET "/v222/feeds45/feeds16/v246" => h;
    POST "/blobs40/files35/keys32" => h;
    PUT "/users27/users15/orgs35/orgs16" => h;
    DELETE "/runs22/items13/stats14" => h;
    GET "/jobs38" => h;
    PUT "/teams20" => h;
    GET "/posts22" => h;
    GET "/jobs20/v140/tags51" => h;
    GET "/teams16/issues45/:p2/:p3" => h;
    GET "/v118/posts45/tags21" => h;
    POST "/admin11/pulls13/orgs3/*rest" => h;
    DELETE "/items7/posts13" => h;
    GET "/runs22/orgs8/:p2/posts26" => h;
    DELETE "/admin27/:p1" => h;
    GET "/pulls56/users26/v259" => h;
    GET "/posts27/orgs15" => h;
    GET "/files45/orgs55" => h;
    POST "/users39/orgs31" => h;
    DELETE "/tags1/users44/users21/:p3" => h;
    DELETE "/issues49/repos57" => h;
    PUT "/posts27" => h;
    DELETE "/jobs36/v15" => h;
    GET "/admin50/jobs55" => h;
    POST "/admin12/:p1/stats47/repos44" => h;
    GET "/runs21" => h;
    PUT "/users30/:p1/stats15/pulls4" => h;
    POST "/stats3/v242/:p2" => h;
    DELETE "/blobs7/:p1/*rest" => h;
    GET "/v244/repos56" => h;
    GET "/repos33/:p1" => h;
    GET "/posts1" => h;
    DELETE "/pulls0/orgs45/items59" => h;
    PUT "/runs19" => h;
    POST "/posts48/pulls11/feeds27/:p3" => h;
    PUT "/issues50/stats40/teams27/items18" => h;
    GET "/issues31/tags22/files40/jobs43" => h;
    GET "/teams2/items24/api10/files13" => h;
    GET "/tags2/users33/runs28/posts1" => h;
    GET "/keys1/v139/users16" => h;
    GET "/feeds18" => h;
    GET "/keys30" => h;
    DELETE "/stats58/pulls7/posts40" => h;
    DELETE "/v11/:p1/v124/orgs46" => h;
    POST "/users47" => h;
    GET "/pulls21/issues49" => h;
    GET "/blobs12/stats29" => h;
    GET "/keys43/blobs23" => h;
    POST "/jobs31/tags49/items4/blobs18/*rest" => h;
    GET "/api13" => h;
    POST "/feeds6/tags31/posts27/users27" => h;
    GET "/orgs1/blobs35/blobs15/v152" => h;
    DELETE "/issues52/items25/pulls9" => h;
    GET "/pulls23/v120" => h;
    GET "/jobs23/keys14/:p2/v251" => h;
    POST "/teams14/pulls22" => h;
    GET "/tags24/:p1/blobs5" => h;
    GET "/runs29" => h;
    GET "/files22/teams54/jobs48" => h;
    PUT "/users22/users57" => h;
    DELETE "/users57/posts37" => h;
    GET "/v232" => h;
    POST "/repos44/posts7/:p2/items1" => h;
    GET "/admin9/keys20" => h;
    GET "/v23/pulls14/repos27/orgs19" => h;
    GET "/runs56" => h;
    GET "/orgs6/v26/v248/orgs0" => h;
    POST "/keys20" => h;
    GET "/keys51/v145/posts51" => h;
    GET "/v152/feeds8/admin5" => h;
    GET "/teams16/pulls18/:p2" => h;
    GET "/jobs29/runs41" => h;
    PUT "/stats27/stats9/pulls55/issues39" => h;
    DELETE "/runs35/blobs4" => h;
    GET "/v29" => h;
    GET "/posts58/admin44/:p2" => h;
    GET "/v230/keys1/:p2/jobs9" => h;
    PUT "/v212/files17" => h;
    POST "/blobs29/:p1/admin5/keys28" => h;
    GET "/files20/blobs34" => h;
    GET "/admin7" => h;
    GET "/issues22/items3/api35" => h;
    PUT "/orgs7/issues5/posts13" => h;
    GET "/admin57" => h;
    POST "/stats26/files20/teams40" => h;
    GET "/jobs18/orgs21" => h;
    DELETE "/v133/jobs29/stats4/users35" => h;
    PUT "/items28/runs33/api39/:p3" => h;
    GET "/repos19/feeds14/:p2" => h;
    PUT "/users14" => h;
    POST "/tags44/:p1/tags3" => h;
    DELETE "/repos55/:p1/:p2" => h;
    POST "/api12/:p1/files49" => h;
    GET "/v247/api0/:p2" => h;
    PUT "/api42" => h;
    DELETE "/tags12/issues44" => h;
    POST "/teams49/issues20/v227" => h;
    GET "/files42/blobs59" => h;
    GET "/jobs50" => h;
    GET "/feeds47/blobs34/v13/stats49" => h;
    GET "/jobs21/:p1" => h;
    GET "/stats36" => h;
    PUT "/posts2/:p1" => h;
    GET "/files21" => h;
    DELETE "/issues50" => h;
    GET "/blobs31/tags10/jobs10" => h;
    GET "/admin32/tags32" => h;
    PUT "/stats50" => h;
    GET "/files56" => h;
    GET "/tags6/orgs12/pulls31" => h;
    POST "/posts41" => h;
    PUT "/v16" => h;
    GET "/users23/keys41/:p2" => h;
    GET "/posts7/:p1" => h;
    POST "/runs54/:p1/orgs48/issues23" => h;
    GET "/keys16" => h;
    GET "/keys37/v244/:p2/issues37" => h;
    PUT "/admin6/issues51" => h;
    POST "/files27/tags55/*rest" => h;
    GET "/posts9/:p1/keys44" => h;
    GET "/items11/feeds4/:p2" => h;
    POST "/api27/:p1/keys26/repos46" => h;
    POST "/feeds8/:p1/issues31" => h;
    GET "/keys26/:p1/issues60/stats51" => h;
    GET "/keys28/teams34/keys45/jobs14" => h;
    GET "/posts37" => h;
    PUT "/admin9/:p1/stats57/files19" => h;
    POST "/v114/v15/v122" => h;
    GET "/api56/orgs26" => h;
    PUT "/pulls44/teams32" => h;
    GET "/files3/teams43/v239" => h;
    PUT "/keys19/:p1" => h;
    GET "/v260/files20/jobs58/:p3" => h;
    PUT "/keys1/tags22/blobs27/:p3" => h;
    DELETE "/posts15" => h;
    GET "/issues40/jobs21" => h;
    POST "/v130" => h;
    POST "/pulls22/admin27" => h;
    POST "/v232/stats38/tags5/v242" => h;
    PUT "/v14/issues16" => h;
    GET "/tags36/:p1/stats23" => h;
    GET "/pulls47" => h;
    POST "/feeds28/keys5/api43/issues13" => h;
    GET "/tags32/users30" => h;
    DELETE "/issues18" => h;
    DELETE "/v224/jobs56/stats48/:p3" => h;
    GET "/admin2/stats13/orgs58/issues21" => h;
    PUT "/users14/stats49/v110/*rest" => h;
    GET "/tags39/orgs60/*rest" => h;
    GET "/admin10/tags13/feeds19/orgs10" => h;
    POST "/admin10/orgs17/repos56" => h;
    GET "/repos24/:p1/jobs59/api24" => h;
    DELETE "/teams34/keys48/items40" => h;
    GET "/orgs33" => h;
    GET "/issues48/:p1" => h;
    DELETE "/v127/items28/:p2" => h;
    POST "/items40/posts17/v222" => h;
    GET "/users28/keys14/issues59" => h;
    GET "/stats7/runs18/tags58/posts56" => h;
    GET "/pulls56/pulls13/repos53" => h;
    DELETE "/files52/v142" => h;
    GET "/pulls38/:p1/users33/orgs27" => h;
    GET "/jobs10/pulls33/keys44/keys16" => h;
    DELETE "/runs24" => h;
    DELETE "/api12" => h;
    GET "/orgs6/:p1/api29/keys49" => h;
    GET "/users17/v136/repos46/tags44" => h;
    GET "/feeds13/teams58/items13" => h;
    DELETE "/v220/blobs52" => h;
    GET "/feeds44/teams9" => h;
    GET "/posts46/stats23" => h;
    DELETE "/users57/issues44/:p2" => h;
    GET "/repos17/admin33" => h;
    GET "/admin26/v150/tags47" => h;
    GET "/issues25/users58/pulls39/keys15" => h;
    DELETE "/runs22/admin21/admin33" => h;
    DELETE "/blobs37/keys59" => h;
    DELETE "/pulls19/:p1" => h;
    PUT "/teams0" => h;
    GET "/orgs28/pulls42" => h;
    GET "/posts10" => h;
    POST "/feeds31/stats60" => h;
    GET "/v232/:p1/v230" => h;
    GET "/pulls46" => h;
    DELETE "/jobs9/:p1/v128/api45" => h;
    POST "/tags36/feeds0" => h;
    GET "/v13/:p1/blobs16" => h;
    GET "/blobs3" => h;
    POST "/blobs14/admin42/:p2" => h;
    GET "/issues28/pulls9/:p2/teams18/*rest" => h;
    DELETE "/v15/blobs24/v142/orgs0" => h;
    PUT "/items15/repos26/files44/pulls44" => h;
    GET "/users8/:p1/runs55" => h;
    GET "/admin50/users56/items51" => h;
    DELETE "/files46/runs14/issues33" => h;
    DELETE "/pulls12/teams10/issues52" => h;
    POST "/pulls20" => h;
    GET "/issues11/blobs22" => h;
    DELETE "/jobs54/:p1" => h;
    GET "/blobs23/repos6/teams28/stats58" => h;
    PUT "/users6/runs54" => h;
    GET "/feeds45/orgs49/jobs1" => h;
    GET "/issues46/orgs53/orgs14/*rest" => h;
    GET "/admin21" => h;
    GET "/stats49/orgs25" => h;
    GET "/v226/stats47/admin53" => h;
    GET "/runs14/api26/:p2/feeds46/*rest" => h;
    DELETE "/pulls1" => h;
    PUT "/issues41" => h;
    GET "/blobs11" => h;
    GET "/v14/teams19/:p2" => h;
    PUT "/posts23" => h;
    GET "/jobs39/:p1/blobs12/stats59/*rest" => h;
    GET "/blobs32" => h;
    GET "/admin19" => h;
    GET "/orgs49" => h;
    PUT "/blobs4/posts9/repos56" => h;
    GET "/teams29/users45" => h;
    GET "/orgs16/runs1/tags55" => h;
    POST "/teams44" => h;
    GET "/jobs27/stats10/runs20" => h;
    POST "/v255/stats24/files59" => h;
    GET "/items6/runs27" => h;
    PUT "/orgs16" => h;
    DELETE "/orgs14/feeds1" => h;
    POST "/stats29" => h;
    GET "/stats1/orgs6/issues5" => h;
    POST "/items26/stats2/teams55/admin10" => h;
    PUT "/api58/files26/issues45/repos48" => h;
    GET "/users30" => h;
    GET "/pulls51/orgs41/runs25" => h;
    GET "/feeds32/tags12/files43/v221" => h;
    PUT "/v239/:p1/blobs29/stats20" => h;
    GET "/feeds46/items33/:p2/blobs0" => h;
    PUT "/users49/teams13" => h;
    DELETE "/issues2/blobs5/items6/items55" => h;
    DELETE "/issues7/:p1/:p2" => h;
    GET "/items3/items46/runs17/pulls6" => h;
    GET "/stats24" => h;
    POST "/runs36/:p1/:p2" => h;
    GET "/posts46/feeds60/v19/:p3" => h;
    POST "/items15" => h;
    DELETE "/items42/files13" => h;
    POST "/keys11/*rest" => h;
    PUT "/items17/v123/keys10" => h;
    PUT "/admin15/feeds19" => h;
    GET "/api25/admin12/teams26" => h;
    GET "/blobs12" => h;
    GET "/repos22" => h;
    GET "/tags7/pulls5" => h;
    GET "/tags46/runs42/items10/keys33" => h;
    GET "/admin10/runs57" => h;
    GET "/users52/admin9/teams58/teams47" => h;
    GET "/stats58/keys14" => h;
    GET "/users58/v14/:p2/blobs37" => h;
    GET "/teams41/:p1/repos3" => h;
    POST "/posts49" => h;
    GET "/feeds49/:p1" => h;
    PUT "/pulls58/items18" => h;
    GET "/admin58/runs23/files31/:p3" => h;
    DELETE "/posts9/files48/:p2/blobs28" => h;
    GET "/items33/users49/:p2/v231" => h;
    GET "/jobs57/:p1" => h;
    PUT "/blobs46/jobs6/:p2/issues45" => h;
    GET "/api33" => h;
    DELETE "/orgs48/:p1" => h;
    GET "/admin26/orgs33" => h;
    PUT "/tags43/orgs29/repos34/issues4" => h;
    GET "/items56/blobs17/blobs39/tags29" => h;
    GET "/teams16/:p1" => h;
    GET "/keys23/items9/:p2/repos53" => h;
    GET "/keys32/teams10/jobs19/blobs28" => h;
    GET "/feeds57/:p1/:p2/files11" => h;
    DELETE "/jobs44/stats24/admin37" => h;
    GET "/issues46/:p1/tags9" => h;
    GET "/feeds31" => h;
    GET "/v158" => h;
    GET "/keys0/:p1/:p2/repos49" => h;
    PUT "/stats0/files20" => h;
    GET "/runs15/tags34" => h;
    POST "/blobs13/repos21/v14" => h;
    GET "/stats42/jobs9" => h;
    DELETE "/items23" => h;
    GET "/admin10/jobs35/teams16" => h;
    GET "/repos21" => h;
    GET "/orgs52" => h;
    GET "/users36/repos43/admin5" => h;
    GET "/blobs54/blobs31/:p2" => h;
    POST "/v112/:p1/:p2/posts46" => h;
    POST "/blobs14/repos51/orgs8/users2" => h;
    GET "/items50/v121/v14/:p3" => h;
    POST "/keys6/users17/items10/:p3" => h;
    GET "/blobs48/keys0/teams44/stats28" => h;
    GET "/tags24/tags47/feeds60" => h;
    GET "/v116/feeds27/keys19" => h;
    GET "/posts24/runs24/:p2/users25" => h;
    PUT "/pulls45/v236/:p2/:p3/*rest" => h;
    PUT "/runs12/:p1/teams5/jobs37" => h;
    PUT "/posts12/issues22" => h;
    GET "/teams13/feeds17" => h;
    DELETE "/repos50/pulls33/repos24" => h;
    GET "/tags32/:p1/repos49/v212" => h;
    PUT "/jobs30/api33/:p2/stats33" => h;
    POST "/runs48/files46/teams0" => h;
    PUT "/repos38/jobs39/tags41/teams40" => h;
    POST "/teams22/items50" => h;
    GET "/repos26/issues8/:p2/jobs58" => h;
    POST "/api46/repos5" => h;
    DELETE "/tags4/teams53/orgs4" => h;
    GET "/api43" => h;
    POST "/files29/stats44/:p2" => h;
    PUT "/issues50/feeds39/:p2" => h;
    GET "/orgs0/runs45" => h;
    GET "/posts22/keys20/tags9/stats33" => h;
    GET "/orgs22" => h;
    GET "/api49/:p1/stats27" => h;
    GET "/issues22" => h;
    GET "/blobs34/admin16/users35/v127" => h;
    DELETE "/teams7/api60/teams2/v151" => h;
    GET "/repos16/v222/orgs24/blobs36" => h;
    GET "/v26/api28/blobs36/users7" => h;
    DELETE "/feeds35/stats34/v134/tags21/*rest" => h;
    POST "/users24" => h;
    GET "/admin21/posts6/:p2" => h;
    GET "/files14/teams59/runs26/keys28" => h;
    GET "/runs39/:p1/admin23/keys6" => h;
    GET "/stats21" => h;
    GET "/issues35/:p1" => h;
    DELETE "/items11/issues27" => h;
    PUT "/items19" => h;
    GET "/admin38" => h;
    DELETE "/teams1" => h;
    DELETE "/items0/:p1" => h;
    GET "/api42/v19" => h;
    GET "/tags18/feeds8/repos15/posts47" => h;
    GET "/issues8/keys30/:p2" => h;
    GET "/teams51/:p1/tags23" => h;
    GET "/blobs14" => h;
    GET "/files48/api44" => h;
    DELETE "/api0/teams7/runs39/files55" => h;
    DELETE "/feeds55" => h;
    POST "/pulls13/tags33/items13/*rest" => h;
    GET "/admin9/v160" => h;
    POST "/keys25" => h;
    GET "/blobs27/feeds36" => h;
    GET "/feeds0" => h;
    DELETE "/teams32" => h;
    GET "/repos17/users28/jobs15/jobs9" => h;
    GET "/admin10/files35/teams50" => h;
    GET "/posts13/:p1/blobs15" => h;
    GET "/keys34/issues14/:p2/items36" => h;
    GET "/stats60/:p1" => h;
    GET "/feeds59/feeds47/keys0/:p3/*rest" => h;
    GET "/posts52/:p1/:p2" => h;
    DELETE "/keys39/stats50/orgs26/keys20" => h;
    GET "/jobs60" => h;
    PUT "/runs4" => h;
    GET "/feeds50/repos41" => h;
    GET "/runs56/files54/v250" => h;
    GET "/jobs26" => h;
    GET "/feeds8/jobs45" => h;
    GET "/v241" => h;
    PUT "/feeds37/posts8" => h;
    DELETE "/orgs54/runs20" => h;
    GET "/tags17/tags21/issues32" => h;
    GET "/keys60/issues8/stats15" => h;
    GET "/posts51" => h;
    DELETE "/stats6" => h;
    POST "/users4/admin54/jobs36/repos20/*rest" => h;
    GET "/repos40" => h;
    GET "/items56" => h;
    GET "/posts55/runs43" => h;
    PUT "/orgs31/blobs55/:p2" => h;
    PUT "/issues23/posts26" => h;
    GET "/issues42/api1/feeds49/keys2" => h;
    GET "/tags14/posts35/posts9" => h;
    GET "/repos14" => h;
    PUT "/v146/items34" => h;
    POST "/stats11/users28" => h;
    GET "/orgs51/files50/*rest" => h;
    PUT "/jobs43/issues3/files30/:p3" => h;
    PUT "/files7/v151/teams7/api49" => h;
    GET "/pulls18/:p1/v140" => h;
    GET "/api28/admin53/:p2/orgs19" => h;
    GET "/stats15/blobs35" => h;
    POST "/runs56/:p1" => h;
    GET "/repos43/v20/runs40" => h;
    POST "/stats34/v151/:p2/:p3" => h;
    DELETE "/pulls29/api19/feeds54/files42" => h;
    POST "/repos44/repos9/api58/blobs51" => h;
    GET "/repos49/files39" => h;
    GET "/admin29/admin1/v126" => h;
    GET "/feeds10/jobs56" => h;
    GET "/jobs20/:p1/tags12" => h;
    GET "/teams20/:p1" => h;
    DELETE "/v254/files5" => h;
    POST "/v113/files47/items36" => h;
    POST "/orgs31/:p1/tags35" => h;
    POST "/pulls2/files33" => h;
    GET "/runs8/api56" => h;
    GET "/jobs15/runs3/v217/tags24/*rest" => h;
    GET "/feeds56/teams55/v127/:p3" => h;
    POST "/blobs35" => h;
    DELETE "/files57/feeds15" => h;
    DELETE "/repos36" => h;
    POST "/runs25/users59/tags8/repos0" => h;
    GET "/orgs27/pulls25/orgs35" => h;
    GET "/repos13" => h;
    DELETE "/feeds19" => h;
    GET "/keys16/keys44" => h;
    GET "/jobs1/jobs15" => h;
    PUT "/admin38/v25/files1/v110" => h;
    POST "/v160" => h;
    PUT "/api27" => h;
    GET "/posts31/:p1/:p2" => h;
    PUT "/tags17/v212/posts32" => h;
    GET "/issues18/blobs19/api56/teams9" => h;
    DELETE "/v216/:p1" => h;
    DELETE "/v117/stats33/runs58/admin16" => h;
    GET "/stats11" => h;
    GET "/tags36" => h;
    DELETE "/runs51/users53/*rest" => h;
    GET "/v21/stats13" => h;
    GET "/runs23" => h;
    GET "/pulls15" => h;
    GET "/posts21/tags47" => h;
    GET "/repos55/posts8/feeds22" => h;
    PUT "/files29/v260" => h;
    POST "/issues1/*rest" => h;
    GET "/posts20/users45" => h;
    GET "/issues41/runs28/v241" => h;
    GET "/pulls10/feeds24/orgs40" => h;
    POST "/v18/:p1" => h;
    DELETE "/pulls6/keys35/v110" => h;
    GET "/api18/:p1" => h;
    PUT "/admin56" => h;
    GET "/api39/tags0" => h;
    GET "/files22/repos41/items24" => h;
    GET "/orgs45/teams45/:p2/*rest" => h;
    DELETE "/jobs15/repos40" => h;
    POST "/stats47/keys0/users17/:p3" => h;
    PUT "/users55/items39/files59/users30" => h;
    DELETE "/admin48" => h;
    POST "/stats32/v23" => h;
    GET "/teams59/tags48/admin45/keys42" => h;
    GET "/pulls60/repos3/:p2/issues46" => h;
    GET "/items26/files40/pulls35" => h;
    GET "/users34/items3/repos34/admin7" => h;
    GET "/users37/admin44/keys0" => h;
    GET "/feeds41/repos52/:p2" => h;
    PUT "/api57" => h;
    GET "/items33/:p1/teams28" => h;
    GET "/runs33/blobs35" => h;
    GET "/issues37/stats35/v10" => h;
    GET "/feeds17/pulls52" => h;
    POST "/posts19" => h;
    GET "/v23" => h;
    POST "/pulls51/api47/orgs19/pulls39" => h;
    POST "/issues5/v23/admin24/items44" => h;
    POST "/jobs3/keys31/feeds21/feeds5" => h;
    GET "/orgs12/:p1/:p2/v137" => h;
    GET "/jobs10/:p1" => h;
    DELETE "/files40" => h;
    GET "/v137/posts46/v254/orgs43" => h;
    GET "/stats34/repos56/pulls15/items22" => h;
    POST "/tags30/repos9/v120/blobs15" => h;
    POST "/users46/feeds25/feeds49/keys59" => h;
    GET "/users15/tags57" => h;
    GET "/blobs41/files47/:p2" => h;
    POST "/issues21/runs16/api38/api43" => h;
    PUT "/repos2" => h;
    PUT "/keys44/admin42/files14" => h;
    POST "/files58/teams2/orgs24" => h;
    PUT "/api56/repos2/v225/v231" => h;
    GET "/v239" => h;
    DELETE "/issues43/:p1/api26/issues59" => h;
    GET "/v155/files10" => h;
    GET "/files10/files22" => h;
    GET "/issues42/items12/v113/items18" => h;
    GET "/users48" => h;
    GET "/teams30" => h;
    GET "/issues43/pulls19/pulls34/admin0" => h;
    GET "/items44/v257/:p2/items32" => h;
    DELETE "/items19/blobs51" => h;
    GET "/tags20/stats16" => h;
    PUT "/api23" => h;
    DELETE "/api35/pulls43/api41" => h;
    GET "/files45" => h;
    GET "/jobs38/jobs60/v128/:p3" => h;
    GET "/api42/:p1/admin2" => h;
    POST "/api46/files47/jobs54/items38" => h;
    DELETE "/feeds20/*rest" => h;
    PUT "/v154/runs6/keys53/pulls7" => h;
    PUT "/v241/files9" => h;
    DELETE "/pulls18/stats24/stats19" => h;
    DELETE "/jobs16/v242/keys18" => h;
    GET "/pulls10" => h;
    DELETE "/feeds43" => h;
    PUT "/stats22/:p1/feeds0/feeds50" => h;
    PUT "/blobs36/items45" => h;
    DELETE "/issues47/orgs43/jobs37" => h;
    GET "/feeds52/items38/jobs26" => h;
    DELETE "/pulls2/tags39/jobs45/:p3" => h;
    PUT "/issues58/feeds20" => h;
    POST "/repos9/v135/*rest" => h;
    GET "/users20/stats18/orgs12/feeds36" => h;
    GET "/tags22/pulls53" => h;
    GET "/runs20/api17/posts41" => h;
    GET "/keys56/tags17/:p2" => h;
    GET "/tags2/admin25" => h;
    GET "/repos24/jobs0" => h;
    GET "/teams39/:p1/items41/blobs27" => h;
    GET "/tags46/repos10/:p2/v136" => h;
    GET "/runs38/runs34/:p2" => h;
    GET "/users27" => h;
    GET "/jobs60/api54/:p2" => h;
    DELETE "/v144/:p1/v145" => h;
    POST "/keys18/runs33/*rest" => h;
    DELETE "/stats2/items30/pulls33" => h;
    DELETE "/v216/files41/:p2" => h;
    GET "/orgs33/api49/:p2" => h;
    DELETE "/keys55/repos29/admin47" => h;
    DELETE "/posts33/:p1/:p2/keys52" => h;
    GET "/users27/pulls49/tags51" => h;
    GET "/posts3/issues48" => h;
    GET "/orgs46/posts53/users1/stats50" => h;
    GET "/admin12/posts9" => h;
    PUT "/feeds7" => h;
    PUT "/posts53/admin44" => h;
    DELETE "/api8/posts11/admin0" => h;
    GET "/v251/orgs19" => h;
    GET "/admin24/admin38" => h;
    GET "/v25" => h;
    POST "/issues40/api14/posts30/:p3" => h;
    POST "/tags3/*rest" => h;
    POST "/blobs49/teams37/api40" => h;
    GET "/stats49" => h;
    DELETE "/keys46" => h;
    GET "/files41/tags53/jobs14/issues47" => h;
    GET "/repos42/:p1/admin32/repos4" => h;
    DELETE "/stats14/posts59/files11/:p3" => h;
    GET "/runs47/teams49/:p2/:p3" => h;
    GET "/files19/pulls58/admin52/files16" => h;
    GET "/items53/orgs6/jobs9" => h;
    GET "/admin10/api43/v217/repos3" => h;
    GET "/feeds58/items4" => h;
    GET "/api43/files43/orgs30/runs25" => h;
    POST "/posts48/posts44" => h;
    POST "/stats20/jobs38/v245" => h;
    PUT "/jobs56/users46" => h;
    DELETE "/items11/runs30/posts6/items20" => h;
    DELETE "/tags23/:p1/v131/repos5" => h;
    GET "/feeds1/pulls9/stats56" => h;
    POST "/repos8" => h;
    GET "/tags28/files46/admin14/repos32" => h;
    DELETE "/stats48" => h;
    GET "/feeds45/repos49/v226" => h;
    GET "/feeds24/files1/keys6" => h;
    PUT "/api44/:p1" => h;
    GET "/users50/stats17/v132" => h;
    GET "/stats58" => h;
    GET "/runs18/:p1/:p2" => h;
    POST "/orgs48" => h;
    PUT "/v227" => h;
    GET "/admin36/repos55/api56/keys19" => h;
    GET "/posts27/teams17" => h;
    PUT "/orgs34/issues46" => h;
    GET "/teams35" => h;
    PUT "/pulls57/orgs33/teams16" => h;
    GET "/v216" => h;
    GET "/v146/:p1/:p2/orgs28" => h;
    GET "/repos52/items41" => h;
    DELETE "/users23" => h;
    POST "/keys52" => h;
    GET "/users5/issues49/items57" => h;
    GET "/stats35/tags19/teams0" => h;
    GET "/orgs14/pulls12/runs24" => h;
    DELETE "/issues59/v218/stats41" => h;
    POST "/keys26/pulls1/stats51" => h;
    GET "/pulls38/teams43/:p2/api7" => h;
    GET "/pulls40/repos50/posts33/:p3" => h;
    PUT "/feeds22/jobs18/tags16/:p3" => h;
    POST "/admin50/:p1/*rest" => h;
    DELETE "/tags43/keys47" => h;
    POST "/jobs17/teams38/:p2" => h;
    GET "/v130/teams58" => h;
    GET "/pulls47/v144/:p2/v160" => h;
    POST "/v26/runs60/issues37/posts42" => h;
    GET "/blobs30/teams46" => h;
    GET "/posts42/v158" => h;
    GET "/teams39/teams54/repos45/tags20" => h;
    PUT "/files25" => h;
    POST "/posts54" => h;
    GET "/items22" => h;
    GET "/feeds2" => h;
    DELETE "/api13/repos30" => h;
    GET "/feeds18/jobs51/items50/files27" => h;
    GET "/issues38/feeds21/files41" => h;
    POST "/posts59/:p1/runs21" => h;
    GET "/users48/issues43/items49" => h;
    POST "/repos53/stats16/repos29/:p3" => h;
    GET "/keys35/items4" => h;
    GET "/teams19/api51" => h;
    POST "/runs22" => h;
    POST "/stats0" => h;
    GET "/admin39/:p1/:p2" => h;
    POST "/pulls26/admin39/items45/admin23" => h;
    POST "/keys40" => h;
    GET "/posts22/files44/jobs13/v145" => h;
    GET "/users13/:p1/runs48/:p3" => h;
    GET "/pulls22/feeds56/files41/:p3" => h;
    GET "/pulls31/files22" => h;
    PUT "/keys34/v22" => h;
    DELETE "/admin29/orgs42/api5/keys12" => h;
    GET "/jobs8/jobs54/orgs56" => h;
    GET "/items20/posts0" => h;
    PUT "/v256/repos18/orgs29" => h;
    GET "/repos39" => h;
    GET "/orgs3/pulls44/pulls8/orgs3" => h;
    PUT "/repos25/repos6" => h;
    GET "/items5/pulls60/:p2" => h;
    GET "/runs51/items1/v235" => h;
    GET "/pulls19/issues10/tags35" => h;
    GET "/admin59/:p1/items21" => h;
    POST "/v229/issues59/:p2" => h;
    PUT "/blobs4/users39" => h;
    PUT "/stats17/v156" => h;
    DELETE "/admin57/orgs59/admin56" => h;
    GET "/stats54" => h;
    GET "/admin34/repos3/runs3/items53/*rest" => h;
    GET "/feeds13/jobs5/v156" => h;
    GET "/keys21/blobs33/:p2/files28" => h;
    DELETE "/pulls51" => h;
    GET "/files46/tags45" => h;
    GET "/v232/files50/:p2/repos25" => h;
    GET "/feeds48/blobs31/:p2/teams15" => h;
    DELETE "/issues44/jobs6/blobs9" => h;
    GET "/items10/runs28/feeds14/repos6" => h;
    GET "/issues31/pulls27/repos14/orgs44" => h;
    DELETE "/feeds0" => h;
    GET "/posts5/users6/v27" => h;
    GET "/api12/pulls50/admin2/items9" => h;
    PUT "/teams31" => h;
    GET "/files25/:p1" => h;
    DELETE "/items48/:p1/keys22" => h;
    GET "/jobs4" => h;
    GET "/v160/users48/:p2/api36" => h;
    GET "/feeds10" => h;
    DELETE "/teams25/:p1/v242" => h;
    DELETE "/pulls39/issues12/teams24/feeds17" => h;
    POST "/items14/runs14" => h;
    GET "/users57/:p1" => h;
    GET "/tags22/feeds12/blobs1" => h;
    GET "/feeds24/:p1" => h;
    PUT "/files12/issues1/:p2" => h;
    GET "/tags12" => h;
    PUT "/runs50/:p1/stats11/pulls16" => h;
    PUT "/keys33/files42" => h;
    PUT "/admin41/:p1/users29" => h;
    POST "/runs53/users50/keys24/items60/*rest" => h;
    POST "/blobs56/teams45" => h;
    POST "/feeds55/:p1/tags30/items1" => h;
    GET "/teams36/jobs4" => h;
    GET "/teams46/:p1" => h;
    PUT "/repos53/:p1/api34/blobs8" => h;
    DELETE "/runs39/items36/users33/blobs21" => h;
    GET "/items49/:p1" => h;
    DELETE "/keys5/files29/items6" => h;
    GET "/runs27/feeds20/api32" => h;
    POST "/tags28/items56" => h;
    GET "/runs0" => h;
    PUT "/api29/:p1/:p2" => h;
    PUT "/admin41/feeds31" => h;
    POST "/api0/admin12/users60/orgs52" => h;
    GET "/files42/runs38/stats53/:p3" => h;
    PUT "/repos30/v131" => h;
    GET "/issues34" => h;
    GET "/posts0/keys28/users20/:p3" => h;
    GET "/blobs4/pulls27" => h;
    GET "/keys48/:p1/api33/repos2" => h;
    GET "/users21/v114/posts59/blobs14" => h;
    GET "/tags47/admin21" => h;
    DELETE "/files17" => h;
    GET "/admin37/keys37" => h;
    PUT "/v28/api16" => h;
    DELETE "/posts9/admin59/jobs19/tags53" => h;
    GET "/teams38/v237/items32/api58" => h;
    GET "/blobs58/jobs56/users35/feeds21" => h;
    GET "/runs56/runs12/tags48" => h;
    GET "/v247/runs35/runs42/posts18" => h;
    GET "/api20/teams55" => h;
    PUT "/stats20" => h;
    GET "/api21/runs40/repos47/users18" => h;
    PUT "/orgs9/repos41/files8/pulls32" => h;
    DELETE "/posts27" => h;
    GET "/runs33/users22" => h;
    PUT "/files18/keys4/:p2/stats33" => h;
    GET "/blobs47" => h;
    DELETE "/orgs36" => h;
    GET "/orgs28" => h;
    GET "/tags39" => h;
    PUT "/admin13" => h;
    DELETE "/posts1/v253/teams38" => h;
    GET "/blobs37/stats60" => h;
    PUT "/posts1/v255/pulls14" => h;
    PUT "/teams41/keys32/pulls28/users10" => h;
    GET "/orgs55/keys26/:p2/admin22" => h;
    PUT "/blobs56/api14/:p2/:p3" => h;
    POST "/orgs23/stats33/:p2" => h;
    GET "/repos34/:p1" => h;
    GET "/posts57" => h;
    DELETE "/files39/stats28/v112" => h;
    POST "/repos52/:p1/v230/items29" => h;
    POST "/posts16/tags23/:p2" => h;
    GET "/api43/pulls11" => h;
    GET "/feeds16/repos30" => h;
    PUT "/issues36/feeds53/posts52/v27" => h;
    GET "/jobs29/issues0/items44/posts31" => h;
    GET "/jobs44/api57/*rest" => h;
    GET "/v125/posts29/keys51" => h;
    GET "/api43/pulls60/v112" => h;
    GET "/feeds20/feeds53/:p2/*rest" => h;
    POST "/blobs55" => h;
    DELETE "/api18" => h;
    DELETE "/teams48/*rest" => h;
    GET "/jobs57/teams46" => h;
    PUT "/jobs20/runs38/blobs24/api0" => h;
    GET "/feeds11/*rest" => h;
    PUT "/tags55/jobs42/v217/:p3" => h;
    DELETE "/pulls21/runs36/orgs23" => h;
    DELETE "/feeds44/feeds18/:p2/files48" => h;
    GET "/orgs2/v159/pulls14/pulls51" => h;
    GET "/runs51" => h;
    POST "/blobs3/:p1/:p2" => h;
    GET "/users25/:p1/tags11/teams10" => h;
    GET "/repos4" => h;
    DELETE "/posts33/runs54/feeds3" => h;
    DELETE "/v136/stats31/stats17/api38" => h;
    DELETE "/issues20/tags15/v153/:p3" => h;
    GET "/repos13/items10/runs34" => h;
    GET "/files6/:p1" => h;
    POST "/tags53/:p1" => h;
    GET "/posts24/posts12/posts4" => h;
    GET "/runs33/issues43/pulls46/files25" => h;
    PUT "/files36/*rest" => h;
    GET "/runs35/blobs35/pulls32" => h;
    GET "/keys39" => h;
    GET "/v154/v139" => h;
    DELETE "/teams58" => h;
    POST "/items2/issues3/v115" => h;
    GET "/users35/teams46/:p2" => h;
    GET "/orgs25/blobs9/blobs20" => h;
    GET "/runs3" => h;
    GET "/users36/api25" => h;
    DELETE "/admin39/v227/runs5" => h;
    POST "/posts30/admin55/teams10/admin33" => h;
    GET "/runs26" => h;
    POST "/issues34/items11/files5/repos6" => h;
    GET "/runs12" => h;
    GET "/teams39/api19/keys10/v241" => h;
    GET "/users60/v232/teams60" => h;
    GET "/orgs33/keys1/blobs47" => h;
    GET "/files31/orgs35/api17/runs18" => h;
    GET "/items7/orgs8/*rest" => h;
    DELETE "/repos28/pulls3" => h;
    DELETE "/files46/:p1/jobs54" => h;
    POST "/keys28/repos8/:p2" => h;
    DELETE "/api12/issues36/keys39" => h;
    POST "/feeds9" => h;
    DELETE "/stats0/:p1" => h;
    GET "/teams36/items24/feeds28" => h;
    DELETE "/keys13" => h;
    GET "/v222/runs45/admin7" => h;
    GET "/stats33/:p1/:p2/tags26" => h;
    PUT "/items48/repos20/stats23" => h;
    GET "/repos13/files25/v235" => h;
    DELETE "/keys41" => h;
    GET "/users49/items13/items21" => h;
    GET "/items8/:p1/orgs56" => h;
    DELETE "/files1/teams53/stats44" => h;
    GET "/orgs41" => h;
    DELETE "/posts5/orgs3/blobs53/:p3" => h;
    GET "/blobs14/:p1/items32" => h;
    POST "/v260" => h;
    PUT "/api47/teams24/blobs21/:p3" => h;
    GET "/admin45/:p1/v124/orgs17" => h;
    POST "/repos5/blobs14/runs48" => h;
    GET "/v214/:p1/v234" => h;
    GET "/v24/v225/repos54" => h;
    GET "/keys57/tags11" => h;
    POST "/teams19/pulls47/files56" => h;
    PUT "/stats53/users0" => h;
    GET "/items2/pulls1/keys2/posts14" => h;
    PUT "/jobs31/repos25/tags47" => h;
    GET "/issues1/v19/api2" => h;
    GET "/feeds12/:p1" => h;
    GET "/pulls43/admin23/:p2/api0" => h;
    GET "/posts14/pulls34" => h;
    GET "/repos37/api13/items2/files3" => h;
    PUT "/items21/v249/teams9" => h;
    POST "/issues16/:p1/:p2/keys24" => h;
    GET "/jobs2/users28/pulls1/v10" => h;
    GET "/feeds26/admin19" => h;
    PUT "/posts58" => h;
    POST "/v259/users6" => h;
    GET "/items6/v221/:p2/runs54" => h;
    DELETE "/items20" => h;
    GET "/files30" => h;
    GET "/admin9/pulls20/issues10" => h;
    PUT "/blobs9" => h;
    GET "/items51/jobs46" => h;
    GET "/users37" => h;
    GET "/issues34/stats19/teams20" => h;
    GET "/items7" => h;
    DELETE "/posts7/v221/:p2/blobs59" => h;
    GET "/issues15/:p1/:p2" => h;
    DELETE "/teams25" => h;
    DELETE "/admin30/users29/feeds40/tags3" => h;
    GET "/items46/keys58/items49" => h;
    DELETE "/blobs2" => h;
    GET "/v251/files40/issues60/stats41" => h;
    POST "/repos26" => h;
    PUT "/files31/users53" => h;
    POST "/stats4" => h;
    GET "/api50/:p1/keys18/issues18" => h;
    DELETE "/stats36/v150/orgs1/:p3" => h;
    GET "/tags59/:p1/api44/feeds50" => h;
    GET "/api31/items47" => h;
    POST "/items28" => h;
    GET "/keys8/feeds23/*rest" => h;
    GET "/runs26/runs35" => h;
    GET "/api20/:p1/orgs40" => h;
    GET "/repos60/posts13/feeds44/feeds55" => h;
    GET "/issues38/admin23/:p2/pulls19" => h;
    PUT "/blobs53" => h;
    GET "/tags16/stats34/:p2/files50" => h;
    POST "/orgs6/keys25/:p2" => h;
    GET "/items13" => h;
    POST "/admin8/:p1/keys45" => h;
    GET "/feeds12/issues49/issues8/admin39" => h;
    GET "/issues28/keys35" => h;
    GET "/posts39/pulls2/*rest" => h;
    PUT "/posts27/pulls37/repos23" => h;
    POST "/orgs28" => h;
    GET "/admin22" => h;
    DELETE "/v143/orgs60" => h;
    GET "/posts23" => h;
    POST "/v148/api32/keys4" => h;
    PUT "/issues41/posts40" => h;
    DELETE "/posts25/jobs60" => h;
    PUT "/repos28/posts43/pulls27" => h;
    DELETE "/tags60" => h;
    POST "/tags25/teams17" => h;
    GET "/api47/files37/admin33" => h;
    GET "/repos17" => h;
    GET "/blobs15/api56/:p2" => h;
    DELETE "/pulls59/tags39" => h;
    PUT "/tags4/repos18/keys33/files24" => h;
    POST "/pulls21/blobs26/api21/tags45" => h;
    GET "/stats7" => h;
    GET "/tags25/:p1/users0/api6" => h;
    GET "/posts47/pulls2/:p2/v144" => h;
    GET "/jobs45/stats12" => h;
    GET "/feeds32" => h;
    GET "/jobs13/feeds44" => h;
    GET "/users34/teams52/jobs52/:p3" => h;
    GET "/stats39/files30/:p2" => h;
    POST "/teams11/stats32/v129/feeds50" => h;
    GET "/api6/teams25" => h;
    GET "/keys8/v128" => h;
    GET "/files50" => h;
    GET "/repos49/files17" => h;
    GET "/items41" => h;
    DELETE "/v28/admin38" => h;
    GET "/v113" => h;
    GET "/repos54/tags40/teams46" => h;
    GET "/api32/:p1" => h;
    GET "/keys27/stats13/posts14" => h;
    GET "/jobs7" => h;
    GET "/posts41/jobs4/posts10/feeds44" => h;
    POST "/items4/jobs14/jobs4/:p3" => h;
    GET "/feeds26" => h;
    GET "/runs27/issues56/items33" => h;
    GET "/teams30/keys8" => h;
    POST "/users9" => h;
    DELETE "/repos45/feeds7/:p2/:p3" => h;
    GET "/users52" => h;
    POST "/blobs8/users40/jobs13/api11" => h;
    GET "/items11/v16/feeds52" => h;
    GET "/api33/:p1/:p2" => h;
    POST "/stats11/runs19/tags34" => h;
    GET "/files50/:p1" => h;
    DELETE "/files8/tags2/repos47/stats24" => h;
    GET "/keys21" => h;
    POST "/issues51/jobs29/keys22" => h;
    GET "/issues27/users56/keys8/v150" => h;
    GET "/items31" => h;
    DELETE "/items51" => h;
    DELETE "/items27" => h;
    DELETE "/pulls12/stats13" => h;
    POST "/keys24/:p1/stats48" => h;
    GET "/pulls43/tags36/:p2" => h;
    GET "/v132" => h;
    DELETE "/feeds4" => h;
    GET "/users23/:p1" => h;
    GET "/v131/api18" => h;
    GET "/pulls3/v136/teams1/runs28" => h;
    PUT "/stats19/runs8/pulls57/posts57" => h;
    GET "/posts52/posts48/jobs25/v245" => h;
    GET "/issues13" => h;
    GET "/users35/files19/teams26/*rest" => h;
    POST "/v140/stats25/posts52/repos13" => h;
    GET "/admin40/v235/stats4/:p3" => h;
    POST "/tags35/runs8" => h;
    GET "/tags43/*rest" => h;
    GET "/posts18/:p1/v257/repos19" => h;
    GET "/keys31/teams14" => h;
    GET "/teams40" => h;
    DELETE "/files1/files50/blobs40" => h;
    GET "/v217/stats2/keys53" => h;
    POST "/teams6" => h;
    POST "/stats37/:p1/posts50" => h;
    GET "/v217/teams13" => h;
    GET "/keys10" => h;
    GET "/keys27/teams42/users59" => h;
    DELETE "/repos30/issues22/:p2/files28/*rest" => h;
    POST "/tags47/v241/files19" => h;
    GET "/teams8/teams17" => h;
    GET "/v255/blobs51/admin35" => h;
    GET "/v17/tags55/tags10" => h;
    DELETE "/tags52/tags34/users27/items16" => h;
    POST "/blobs24/:p1/files52" => h;
    POST "/runs20/:p1/admin29/keys40" => h;
    PUT "/posts39/posts9/stats44" => h;
    GET "/api11/users39/posts9/admin41" => h;
    DELETE "/orgs53/files4/users4" => h;
    PUT "/v27/runs25/jobs37" => h;
    GET "/items51" => h;
    DELETE "/repos33/issues46/:p2" => h;
    GET "/jobs2" => h;
    DELETE "/issues31" => h;
    GET "/runs19/tags45/blobs55/blobs9" => h;
    GET "/pulls50" => h;
    GET "/users49/files37/blobs8" => h;
    DELETE "/v212/:p1/:p2/users44" => h;
    PUT "/orgs42/runs59" => h;
    GET "/runs11/orgs45" => h;
    GET "/items24/jobs39" => h;
    GET "/admin4" => h;
    GET "/repos57/users11/feeds1" => h;
    GET "/pulls53/items26" => h;
    GET "/runs18/pulls54" => h;
    DELETE "/files18/teams59" => h;
    GET "/keys51/:p1/:p2/issues7" => h;
    GET "/issues12/teams0/keys29/teams58" => h;
    GET "/orgs49/jobs50/:p2/feeds35" => h;
    POST "/issues9/jobs58/api58/:p3" => h;
    GET "/api51/api25/v229/:p3" => h;
    GET "/issues52/v132/blobs46/:p3" => h;
    GET "/keys40/:p1/*rest" => h;
    POST "/stats37/issues34/files49/feeds46" => h;
    GET "/users21/v251/blobs49" => h;
    GET "/pulls34/admin26" => h;
    GET "/users44/v150/pulls49" => h;
    GET "/api5/orgs7/jobs35/orgs55/*rest" => h;
    GET "/blobs5/stats55/stats29/jobs46" => h;
    GET "/keys6/items20/issues43/stats29" => h;
    PUT "/v236/teams5/:p2" => h;
    DELETE "/v26" => h;
    GET "/v110/runs3/repos24/repos47" => h;
    GET "/api47" => h;
    GET "/repos50/*rest" => h;
    GET "/orgs29/v129/blobs36/users52" => h;
    GET "/users21" => h;
    DELETE "/tags12/runs25/blobs38/issues19" => h;
    GET "/posts28/v235/teams22" => h;
    PUT "/items50/tags18/*rest" => h;
    GET "/tags47/tags30" => h;
    GET "/jobs36" => h;
    GET "/api37/stats22/issues26" => h;
    GET "/pulls53/pulls52" => h;
    POST "/teams1/posts3/files36" => h;
    GET "/stats36/blobs31" => h;
    PUT "/feeds58/:p1/issues20/teams41" => h;
    GET "/repos10" => h;
    GET "/blobs43" => h;
    POST "/orgs54/:p1/runs59/posts13/*rest" => h;
    DELETE "/stats30/blobs31/admin57" => h;
    GET "/repos47/v122/:p2/teams60" => h;
    GET "/teams12" => h;
    GET "/blobs5/teams20/items28/:p3" => h;
    GET "/pulls26/api32" => h;
    DELETE "/tags42/:p1" => h;
    GET "/issues19" => h;
    GET "/v140/users7/v228/repos31" => h;
    PUT "/teams21/teams29/issues40" => h;
    GET "/posts5/jobs5/users11" => h;
    PUT "/repos36/stats0/orgs29" => h;
    PUT "/admin27/pulls50/:p2" => h;
    POST "/feeds29" => h;
    GET "/files32/posts44/:p2/runs57" => h;
    GET "/items14/keys47" => h;
    DELETE "/teams1/users46/items7" => h;
    GET "/feeds33/keys18" => h;
    POST "/pulls58/blobs8" => h;
    POST "/stats55" => h;
    GET "/pulls30" => h;
    DELETE "/tags26/issues8" => h;
    GET "/keys3" => h;
    DELETE "/runs8/v131" => h;
    POST "/blobs7" => h;
    GET "/api6/pulls32/keys52" => h;
    DELETE "/issues11/runs7/blobs33/feeds59" => h;
    PUT "/v112/posts40" => h;
    DELETE "/pulls47/admin26/pulls55/*rest" => h;
    GET "/runs13/:p1/users29/repos34" => h;
    PUT "/feeds47/stats25/blobs37/:p3" => h;
    POST "/api48/items34/:p2/files35" => h;
    GET "/teams53/feeds5/users31/jobs55" => h;
    POST "/posts4/issues28/users42" => h;
    GET "/v258/:p1/users37/repos3" => h;
    GET "/jobs10" => h;
    POST "/teams29/items9/v12/:p3" => h;
    GET "/feeds15/tags37/feeds14/:p3" => h;
    GET "/repos8/:p1/admin55/users5" => h;
    GET "/v254/issues59" => h;
    DELETE "/orgs52/stats57/posts21" => h;
    POST "/v142/:p1/blobs24/tags44" => h;
    GET "/admin45/issues29" => h;
    GET "/issues30/teams55/:p2/admin4" => h;
    PUT "/items2" => h;
    GET "/pulls29/pulls23/issues36" => h;
    GET "/posts33/items33/blobs54/tags31" => h;
    POST "/feeds49/issues29" => h;
    POST "/blobs17" => h;
    GET "/keys48/v147" => h;
    POST "/stats52/keys13/users48" => h;
    GET "/files37/teams45" => h;
    POST "/files42" => h;
    GET "/issues19/repos1/:p2/:p3" => h;
    PUT "/items32/teams58/:p2/:p3" => h;
    GET "/files24/:p1/tags31/runs24" => h;
    GET "/keys47/orgs14/tags12/v225" => h;
    GET "/jobs17/:p1/:p2" => h;
    DELETE "/admin21/jobs55" => h;
    POST "/posts11" => h;
    GET "/orgs5" => h;
    GET "/runs19/teams1/jobs42" => h;
    GET "/repos52/items40" => h;
    DELETE "/issues45/repos39" => h;
    GET "/tags30/posts47/blobs11/admin38" => h;
    GET "/admin8/blobs17/v213" => h;
    GET "/tags30/files13/runs22/:p3" => h;
    DELETE "/issues21/:p1" => h;
    POST "/pulls48/feeds40" => h;
    DELETE "/jobs25/tags52" => h;
    GET "/repos22/v15/runs7" => h;
    GET "/blobs42/pulls42" => h;
    PUT "/items22/files37/orgs31/users46" => h;
    PUT "/teams10" => h;
    PUT "/jobs17/jobs52/:p2/keys54" => h;
    POST "/v151/admin20" => h;
    GET "/feeds49" => h;
    POST "/stats35" => h;
    PUT "/posts55/jobs8" => h;
    GET "/blobs28" => h;
    POST "/pulls50/blobs29" => h;
    GET "/teams51/runs43/files3/jobs25" => h;
    DELETE "/orgs30" => h;
    POST "/v27/tags17/posts30/:p3" => h;
    GET "/v252/blobs22/admin44/v243" => h;
    GET "/feeds18/posts28/*rest" => h;
    DELETE "/api28/:p1/keys30/v228" => h;
    GET "/jobs33/api34/keys3" => h;
    POST "/orgs20/users1/*rest" => h;
    GET "/files18/orgs3/issues53" => h;
    POST "/pulls6/items3/posts60" => h;
    GET "/stats35/stats57/repos33/v223" => h;
    POST "/pulls15" => h;
    POST "/admin46" => h;
    GET "/posts0/:p1/feeds25/v237" => h;
    GET "/blobs22/feeds19/runs3/tags44" => h;
    POST "/items38" => h;
    PUT "/keys51" => h;
    DELETE "/jobs46/jobs9/:p2" => h;
    POST "/blobs7/posts11/:p2" => h;
    DELETE "/pulls12/runs58" => h;
    GET "/v157/admin45/issues10/users34/*rest" => h;
    GET "/posts13" => h;
    GET "/jobs51" => h;
    GET "/pulls29/:p1/stats9/blobs16" => h;
    GET "/api0/:p1" => h;
    GET "/files26/posts44/repos43" => h;
    GET "/posts28/:p1/files45" => h;
    GET "/users5/v139/users10" => h;
    GET "/jobs47/keys57/stats46/admin45" => h;
    POST "/repos43" => h;
    DELETE "/issues51/:p1" => h;
    GET "/tags55" => h;
    DELETE "/repos33/teams36" => h;
    POST "/issues3" => h;
    DELETE "/items3" => h;
    GET "/stats8/:p1/:p2" => h;
    GET "/orgs40/repos27/:p2" => h;
    PUT "/posts22" => h;
    GET "/orgs60" => h;
    GET "/feeds46/orgs20/teams37/v23" => h;
    GET "/orgs20/:p1/api16" => h;
    GET "/v242/keys57/repos25/api42" => h;
    GET "/repos26/issues4" => h;
    PUT "/keys59/:p1/users15/posts43" => h;
    GET "/teams52/runs1/:p2/:p3/*rest" => h;
    POST "/pulls48" => h;
    GET "/posts28" => h;
    GET "/jobs23/blobs55/users55/teams58" => h;
    DELETE "/orgs7/repos33/files39/v121" => h;
    DELETE "/stats21/:p1" => h;
    PUT "/repos23/items59/teams47" => h;
    GET "/runs45/:p1" => h;
    GET "/repos32/pulls55" => h;
    GET "/keys10/v150/posts25" => h;
    PUT "/jobs26" => h;
    POST "/files18/feeds22/feeds15/repos27" => h;
    GET "/orgs36/items58/*rest" => h;
    PUT "/blobs10/posts58/feeds26/items0" => h;
    GET "/stats28" => h;
    GET "/admin54/runs26/v140" => h;
    GET "/v253/:p1" => h;
    PUT "/users24/runs52/api41/jobs13" => h;
    DELETE "/v122/tags12" => h;
    PUT "/feeds46/:p1/posts23/admin14" => h;
    GET "/users22/files2" => h;
    GET "/v130/repos51" => h;
    PUT "/issues53/:p1/items26" => h;
    DELETE "/blobs22/posts54/repos20" => h;
    PUT "/pulls19/issues2" => h;
    DELETE "/repos53/v142/:p2" => h;
    GET "/keys10/orgs13/api23/pulls37" => h;
    POST "/keys28/v253/:p2/runs21" => h;
    POST "/repos8/v112/*rest" => h;
    GET "/teams41/users59" => h;
    GET "/blobs13/pulls40/orgs58" => h;
    GET "/teams32/stats8/stats6" => h;
    GET "/keys20/jobs48/v252" => h;
    GET "/users7/posts46/posts28/:p3/*rest" => h;
    GET "/files4/jobs11/feeds54" => h;
    PUT "/files54/:p1/:p2/*rest" => h;
    GET "/jobs21/files24/admin43" => h;
    GET "/files33/tags26/v150" => h;
    GET "/repos17/jobs4" => h;
    GET "/blobs11/pulls30/pulls11" => h;
    GET "/v213/api21" => h;
    GET "/api42/files15" => h;
    PUT "/jobs50/posts35/:p2/repos34" => h;
    GET "/tags45" => h;
    DELETE "/feeds53/items32/:p2" => h;
    GET "/files33/users36/:p2/admin14" => h;
    DELETE "/files46/feeds13" => h;
    POST "/keys45/jobs39/jobs42" => h;
    GET "/api6/items45/pulls3" => h;
    POST "/items22/admin42" => h;
    DELETE "/admin22/:p1/v231" => h;
    GET "/items54/admin34/items1" => h;
    GET "/v228/:p1" => h;
    POST "/users25/:p1" => h;
    GET "/tags10/issues17/v248" => h;
    POST "/feeds58/:p1/files36/pulls8" => h;
    PUT "/v125/stats43/pulls58" => h;
    DELETE "/v17" => h;
    PUT "/runs20" => h;
    PUT "/teams37/repos17/v247" => h;
    GET "/keys52/items29/blobs23" => h;
    GET "/jobs32/issues51/tags52/stats40" => h;
    POST "/tags28/api20/files28" => h;
    PUT "/orgs35/pulls26" => h;
    POST "/admin32" => h;
    GET "/api31/pulls54/:p2" => h;
    GET "/jobs47" => h;
    DELETE "/keys22/jobs29/:p2" => h;
    GET "/admin20/blobs11/tags7" => h;
    GET "/jobs60/repos1/:p2/api36" => h;
    POST "/teams10/:p1/v147/runs22" => h;
    POST "/teams54/feeds19/keys11" => h;
    PUT "/users13/issues36/feeds33" => h;
    POST "/tags1/issues29/items16/api39" => h;
    GET "/v226/admin4/api35" => h;
    GET "/keys47/blobs34" => h;
    GET "/repos17/posts36/pulls8/items14" => h;
    POST "/files13/:p1/tags53/admin3" => h;
    GET "/items20/api37/items44" => h;
    GET "/posts30/api23/posts10" => h;
    GET "/posts30/files0/*rest" => h;
    GET "/api51" => h;
    GET "/blobs55" => h;
    POST "/orgs38/posts50/:p2" => h;
    POST "/repos31/admin59" => h;
    GET "/issues37/:p1/issues15/jobs18" => h;
    GET "/orgs24/api30" => h;
    GET "/stats29/tags50" => h;
    PUT "/feeds12/teams5" => h;
    GET "/feeds12" => h;
    DELETE "/api45/v243" => h;
    GET "/v13/blobs24/orgs15/admin38" => h;
    DELETE "/tags45/repos49/*rest" => h;
    GET "/jobs18/v139" => h;
    POST "/tags50/:p1/v235/tags49" => h;
    GET "/admin57/v21/tags30" => h;
    GET "/repos13/blobs13/keys48" => h;
    PUT "/pulls4/*rest" => h;
    GET "/repos34/v238/teams29" => h;
    POST "/feeds57/jobs16/:p2/:p3" => h;
    DELETE "/posts33/api58/items28" => h;
    GET "/users42" => h;
    POST "/api3/tags3" => h;
    GET "/feeds20/v255" => h;
    DELETE "/blobs39/users1" => h;
    GET "/issues28/blobs20/v26/:p3" => h;
    PUT "/jobs49/runs29" => h;
    GET "/blobs56/:p1/tags15/runs39" => h;
    POST "/admin40/admin8/:p2" => h;
    PUT "/pulls20/tags28/items14" => h;
    DELETE "/admin46/api2" => h;
    PUT "/files52/:p1/:p2" => h;
    POST "/api35/repos5" => h;
    GET "/repos38" => h;
    GET "/runs21/items48/pulls2" => h;
    GET "/items22/v28" => h;
    GET "/items38/:p1" => h;
    GET "/admin42/posts26/:p2/api2" => h;
    PUT "/runs9/pulls19" => h;
    GET "/admin6/jobs51/v142/files1" => h;
    GET "/issues48" => h;
    GET "/api48/keys23" => h;
    GET "/runs43/admin27/teams53/tags15" => h;
    DELETE "/v130" => h;
    GET "/issues57/tags37/orgs36/:p3" => h;
    PUT "/feeds45/admin23" => h;
    POST "/blobs48" => h;
    GET "/api58/teams41/:p2/tags49" => h;
    GET "/repos49/admin4/pulls19/posts5" => h;
    GET "/posts10/teams37" => h;
    GET "/pulls57/*rest" => h;
    GET "/v259/v146/items42" => h;
    PUT "/files7/pulls48/v154" => h;
    GET "/blobs7" => h;
    GET "/runs44/keys18/v255" => h;
    POST "/admin59/feeds24" => h;
    GET "/runs38" => h;
    PUT "/jobs19/teams49/orgs40/feeds3" => h;
    PUT "/keys2/:p1/blobs19" => h;
    POST "/feeds15/stats21/teams37" => h;
    PUT "/pulls22/files8" => h;
    GET "/keys37/posts12/:p2/:p3" => h;
    GET "/repos9/v110/stats2/v246" => h;
    GET "/api39/:p1" => h;
    GET "/keys32/repos42" => h;
    DELETE "/issues13/v127/files55" => h;
    DELETE "/posts40" => h;
    GET "/feeds37/files16/files38" => h;
    PUT "/jobs28/v216/:p2" => h;
    GET "/stats17/repos25/:p2/feeds3" => h;
    GET "/v133/posts36" => h;
    DELETE "/files18/api26" => h;
    GET "/keys11/orgs47" => h;
    DELETE "/orgs10/issues24" => h;
    GET "/files7/pulls6/keys20/feeds12" => h;
    DELETE "/items13/orgs17/:p2" => h;
    GET "/repos49/users22/:p2/:p3" => h;
    GET "/issues49/posts43" => h;
    POST "/v239/issues20" => h;
    GET "/items57/keys8" => h;
    GET "/tags40/stats49/issues4/users9" => h;
    GET "/v156/v25/v210/pulls26" => h;
    PUT "/blobs39/:p1/:p2" => h;
    PUT "/feeds55/issues59/users19" => h;
    DELETE "/api56/jobs42/api58" => h;
    GET "/repos19/repos10" => h;
    GET "/keys9/blobs55/v245" => h;
    GET "/users48/stats23/teams57" => h;
    DELETE "/runs34" => h;
    GET "/blobs8" => h;
    GET "/repos4/tags32/*rest" => h;
    POST "/users54/:p1/:p2" => h;
    DELETE "/files7/api9/files59" => h;
    POST "/stats9/stats1/pulls1" => h;
    GET "/pulls17/v146" => h;
    GET "/v18/items19/:p2/runs57" => h;
    GET "/stats17/repos60/jobs16/:p3" => h;
    GET "/feeds19/feeds47/orgs48" => h;
    GET "/repos12/keys45/:p2" => h;
    DELETE "/repos33/v123" => h;
    DELETE "/v232/items38/orgs4" => h;
    PUT "/repos57/:p1/orgs37/:p3" => h;
    PUT "/users14/posts30/users29" => h;
    GET "/feeds3/:p1/v148/blobs21" => h;
    GET "/items28/:p1/tags51" => h;
    PUT "/admin9/blobs48" => h;
    GET "/users49" => h;
    GET "/posts34/posts59" => h;
    GET "/issues59" => h;
    POST "/keys17" => h;
    GET "/repos53/pulls38/stats20" => h;
    DELETE "/tags0/admin20" => h;
    POST "/pulls4" => h;
    DELETE "/repos16/api6/issues48" => h;
    GET "/admin36/:p1/posts42/teams55" => h;
    DELETE "/feeds23/*rest" => h;
    GET "/repos8/teams44/repos56/:p3" => h;
    PUT "/repos45/stats51/posts11" => h;
    GET "/pulls20" => h;
    GET "/runs6" => h;
    GET "/admin9/:p1" => h;
    GET "/posts35/blobs9" => h;
    GET "/orgs32/items1/feeds14" => h;
    POST "/api3/runs43/*rest" => h;
    GET "/repos24/:p1/:p2" => h;
    POST "/teams27" => h;
    GET "/v128/files38/users33" => h;
    PUT "/keys55" => h;
    DELETE "/issues28/items36" => h;
    POST "/feeds37/stats6/v138/pulls4" => h;
    GET "/teams53/jobs20/feeds48/:p3" => h;
    PUT "/files24/files31/posts29" => h;
    GET "/v120/:p1/:p2" => h;
    PUT "/v245/tags49/issues50/runs16" => h;
    GET "/orgs14/:p1/v252" => h;
    GET "/feeds30/:p1/items57" => h;
    GET "/repos58/keys1/blobs36/api14" => h;
    GET "/files10/blobs22/:p2" => h;
    DELETE "/v157" => h;
    GET "/feeds42/:p1/:p2" => h;
    GET "/api57/tags54/pulls0" => h;
    GET "/pulls51/teams23" => h;
    PUT "/v113/stats31/api60" => h;
    POST "/files46/tags23/blobs59/api18" => h;
    DELETE "/stats60" => h;
    DELETE "/v251/users5/:p2" => h;
    DELETE "/v125/:p1/users1" => h;
    GET "/runs48/api20/posts45/issues6" => h;
    POST "/jobs11/v12" => h;
    PUT "/feeds51/admin56/orgs39/:p3" => h;
    GET "/issues39/admin20/jobs39/users52" => h;
    GET "/admin12/:p1" => h;
    GET "/files55" => h;
    POST "/runs57/:p1/admin21" => h;
    POST "/api54/teams23/orgs10/users17" => h;
    GET "/feeds37/:p1" => h;
    GET "/runs48" => h;
    POST "/v232/:p1/admin42" => h;
    GET "/files29/users55/runs8/pulls56" => h;
    DELETE "/files18/*rest" => h;
    DELETE "/api59" => h;
    POST "/feeds40/pulls29/stats41/api1" => h;
    DELETE "/runs7/jobs47/:p2/files4" => h;
    PUT "/admin6" => h;
    PUT "/blobs19" => h;
    POST "/tags18" => h;
    GET "/posts60/api11" => h;
    POST "/v19/:p1/posts26" => h;
    GET "/blobs13/tags34/pulls21" => h;
    POST "/keys0/feeds3" => h;
    GET "/repos21/feeds13/items12" => h;
    POST "/tags52" => h;
    GET "/users46/repos13/v123" => h;
    GET "/jobs27" => h;
    PUT "/v139/tags17/admin35/teams51" => h;
    POST "/v217/feeds54/:p2/blobs13" => h;
    GET "/files43/issues18/pulls24/api38" => h;
    DELETE "/v151/:p1/repos16/issues6" => h;
    DELETE "/files54/orgs20/teams22" => h;
    GET "/v233/pulls4/:p2/v10" => h;
    GET "/issues48/issues34/:p2" => h;
    DELETE "/orgs19/files1/v246/v229" => h;
    GET "/pulls48/posts6/files49" => h;
    GET "/pulls45" => h;
    GET "/keys0" => h;
    PUT "/blobs37/api55/posts22" => h;
    PUT "/teams54/:p1" => h;
    PUT "/users3/users11/users10/v252" => h;
    DELETE "/repos59" => h;
    GET "/pulls2/issues2" => h;
    GET "/items16/issues3" => h;
    GET "/feeds53" => h;
    GET "/admin55/posts48/jobs29" => h;
    GET "/repos13/tags28/:p2/pulls38" => h;
    GET "/v225/v160/v223/stats60" => h;
    GET "/orgs25/stats44/posts44/repos33" => h;
    GET "/pulls58" => h;
    GET "/issues18/:p1" => h;
    DELETE "/api22/v139/users9/stats11" => h;
    GET "/issues39/runs2" => h;
    GET "/files33" => h;
    PUT "/admin59/runs12" => h;
    GET "/feeds0/items44/orgs37" => h;
    GET "/blobs45/v153" => h;
    POST "/v17/feeds52/teams4" => h;
    GET "/users36/admin5" => h;
    DELETE "/feeds21/jobs1/users1" => h;
    GET "/items41/runs3" => h;
    GET "/tags4/feeds12/jobs57" => h;
    POST "/tags12/v238" => h;
    GET "/tags36/items23" => h;
    DELETE "/admin1/items46/:p2" => h;
    POST "/orgs26/:p1" => h;
    GET "/files8/repos35/teams26/jobs44" => h;
    GET "/keys37/admin39/users8/feeds54" => h;
    DELETE "/issues46/orgs29/blobs19/jobs60" => h;
    POST "/keys43/:p1/posts56" => h;
    GET "/posts44/api0/admin44" => h;
    PUT "/pulls33/repos54/pulls24/admin37" => h;
    GET "/keys34/repos50" => h;
    GET "/repos20" => h;
    GET "/users11/:p1/issues54" => h;
    GET "/issues26/runs13/tags13" => h;
    POST "/orgs26/:p1/users44/files27" => h;
    DELETE "/users16/users42" => h;
    DELETE "/items2" => h;
    PUT "/runs48/:p1/admin3/orgs33" => h;
    GET "/teams48/blobs38/issues39/users41" => h;
    GET "/files46/orgs32/users24" => h;
    GET "/orgs5/keys14/pulls54" => h;
    DELETE "/feeds49/posts10/posts4/*rest" => h;
    GET "/orgs48/orgs19/items13/files25" => h;
    GET "/tags4/keys14" => h;
    GET "/jobs44/issues25/:p2/orgs53" => h;
    PUT "/admin55/:p1/v247" => h;
    GET "/v159" => h;
    PUT "/orgs30" => h;
    POST "/admin22/jobs7/orgs51/:p3" => h;
    GET "/blobs13" => h;
    PUT "/v216/posts37/keys39/*rest" => h;
    GET "/files23/:p1/repos60/admin56" => h;
    GET "/runs19/v212/runs28/v153" => h;
    POST "/api29/feeds23/:p2" => h;
    GET "/pulls50/admin38" => h;
    POST "/runs17" => h;
    DELETE "/items42" => h;
    GET "/repos52/runs25/keys19/api58" => h;
    GET "/pulls27/api22/orgs54/admin33" => h;
    DELETE "/admin60" => h;
    GET "/tags5/v247" => h;
    GET "/feeds52/items3" => h;
    GET "/posts43" => h;
    PUT "/keys58" => h;
    GET "/stats34/orgs30" => h;
    GET "/users38/:p1" => h;
    GET "/teams17/stats46" => h;
    POST "/api36" => h;
    GET "/items54/items26/pulls51/v12" => h;
    POST "/blobs26" => h;
    GET "/issues33" => h;
    GET "/runs23/orgs6/repos8/repos52" => h;
    DELETE "/stats38/teams56/teams13/:p3" => h;
    GET "/admin50/repos8/repos11/issues46" => h;
    DELETE "/repos44" => h;
    GET "/repos37/tags25/teams53/api17" => h;
    PUT "/keys58/runs53" => h;
    GET "/tags60/runs52" => h;
    POST "/admin3/admin32/:p2" => h;
    GET "/v241/api52/:p2/:p3" => h;
    DELETE "/items49/blobs43/:p2/feeds16" => h;
    PUT "/api49" => h;
    GET "/orgs33/:p1" => h;
    GET "/jobs13/posts45/tags10/teams15" => h;
    POST "/api56" => h;
    POST "/admin35/keys52" => h;
    GET "/keys2/runs31/files27" => h;
    GET "/repos39/pulls10/*rest" => h;
    DELETE "/jobs29/keys57" => h;
    GET "/issues53" => h;
    PUT "/feeds0" => h;
    GET "/tags4" => h;
    DELETE "/items17" => h;
    PUT "/issues17/stats9" => h;
    GET "/repos32/issues36/v25" => h;
    GET "/blobs4" => h;
    GET "/pulls9/:p1/:p2" => h;
    POST "/v251/jobs5/repos19/jobs1" => h;
    DELETE "/v228/:p1/pulls1" => h;
    DELETE "/blobs58/:p1/*rest" => h;
    GET "/issues12" => h;
    GET "/api41/feeds9/:p2/users29" => h;
    PUT "/items59/posts1" => h;
    DELETE "/jobs25/jobs2/:p2" => h;
    DELETE "/admin39" => h;
    GET "/keys19" => h;
    GET "/runs26/files51/blobs29/api30" => h;
    POST "/jobs18/tags38/pulls44" => h;
    GET "/teams14/:p1/tags4" => h;
    GET "/users15" => h;
    GET "/files30/:p1/:p2" => h;
    POST "/posts3" => h;
    POST "/posts5/items51/api44/orgs42" => h;
    GET "/orgs12/v148/blobs5" => h;
    POST "/users49/jobs13/admin33/*rest" => h;
    GET "/v158/keys22/pulls7/repos43" => h;
    GET "/repos2/jobs58/feeds38/items59" => h;
    GET "/runs37/files25/v228/repos48" => h;
    GET "/tags37" => h;
    GET "/v216/:p1/stats55" => h;
    PUT "/files55" => h;
    PUT "/v247/pulls38" => h;
    GET "/admin16/:p1/blobs26/:p3" => h;
    POST "/keys58/posts57" => h;
    POST "/runs31" => h;
    DELETE "/orgs28" => h;
    GET "/orgs23/items1" => h;
    GET "/runs50/:p1/users13/repos18" => h;
    PUT "/teams60/api29/posts3/keys5" => h;
    GET "/repos58/orgs23" => h;
    GET "/posts44/items17/files46" => h;
    GET "/items52/posts43/jobs52/blobs22" => h;
    GET "/tags34/api4/keys25/:p3" => h;
    GET "/repos38/admin26/tags55" => h;
    POST "/pulls10/repos47/items25" => h;
    GET "/teams17/runs2/:p2/issues8" => h;
    PUT "/api41/blobs11" => h;
    GET "/jobs20/blobs40/tags27/:p3" => h;
    GET "/files7/api38/api29/v141" => h;
    POST "/admin35/items4/issues14" => h;
    POST "/tags6" => h;
    PUT "/posts13/issues40" => h;
    POST "/v128/keys19" => h;
    DELETE "/api32/:p1/repos55/api7" => h;
    GET "/teams1/teams52" => h;
    GET "/blobs38/:p1/posts34/items38" => h;
    DELETE "/items30/:p1/keys42/feeds40" => h;
    GET "/tags53/:p1" => h;
    GET "/api2/feeds18" => h;
    GET "/stats8/issues29/keys54/teams55" => h;
    DELETE "/runs42/api17/:p2/blobs26" => h;
    GET "/api48/posts52/issues37" => h;
    GET "/stats3/pulls44/:p2/v120" => h;
    POST "/pulls48/runs8" => h;
    GET "/v29/:p1" => h;
    POST "/issues48/issues16/:p2/v142/*rest" => h;
    DELETE "/tags53/:p1" => h;
    GET "/v223/:p1/v11" => h;
    DELETE "/jobs9" => h;
    GET "/orgs37/blobs1/admin6" => h;
    GET "/issues20/users45/api40/:p3" => h;
    DELETE "/api11" => h;
    GET "/orgs12/tags13/orgs24/teams15" => h;
    PUT "/posts47/v139" => h;
    DELETE "/issues22/issues48/v216/items15" => h;
    GET "/keys15" => h;
    GET "/keys22/orgs57/repos2" => h;
    GET "/jobs28/:p1" => h;
    POST "/files52" => h;
    GET "/runs10/admin43/:p2" => h;
    POST "/posts37/:p1/admin36" => h;
    POST "/tags14/:p1/runs6/issues17" => h;
    GET "/stats19" => h;
    DELETE "/teams56" => h;
    GET "/v229/v247/feeds26" => h;
    GET "/items40" => h;
    PUT "/stats27/pulls0/api52/items7" => h;
    GET "/admin53" => h;
    POST "/orgs2/files33/keys25" => h;
    GET "/runs19" => h;
    GET "/tags51" => h;
    GET "/issues47/users58/:p2" => h;
    PUT "/users7/issues5/v28/v212/*rest" => h;
    GET "/stats34/teams40/admin27/stats57" => h;
    PUT "/api27/stats58" => h;
    DELETE "/admin58/tags45/v20/keys45" => h;
    GET "/jobs12" => h;
    GET "/v24/v29/:p2/repos18" => h;
    PUT "/v115/jobs43/:p2/orgs60" => h;
    POST "/v257/keys32/orgs2" => h;
    POST "/v142/users43/pulls19/issues5" => h;
    GET "/blobs2/keys4" => h;
    GET "/blobs55/jobs41" => h;
    GET "/runs29/jobs22" => h;
    GET "/teams42/runs37" => h;
    GET "/admin43/files19/jobs33/v129" => h;
    GET "/orgs45/items60/api17" => h;
    GET "/v242/teams6/orgs49/blobs57" => h;
    GET "/users19/keys45" => h;
    PUT "/repos60/items60/:p2/:p3" => h;
    GET "/teams19/api47/:p2" => h;
    PUT "/stats53/repos31" => h;
    GET "/posts59/feeds12" => h;
    DELETE "/teams24/v116" => h;
    GET "/v254" => h;
    GET "/admin32/v149" => h;
    DELETE "/feeds8/pulls43/pulls49" => h;
    GET "/blobs18" => h;
    GET "/orgs33/posts48/users34/:p3" => h;
    GET "/users45" => h;
    PUT "/stats31" => h;
    DELETE "/posts24/users31/:p2" => h;
    GET "/blobs29/admin20/tags22" => h;
    GET "/posts47/v148" => h;
    GET "/repos9" => h;
    GET "/repos28/jobs0/:p2/:p3" => h;
    GET "/items12/:p1/feeds42/tags44" => h;
    GET "/teams58/files54/:p2" => h;
    GET "/files24/repos18/tags33" => h;
    GET "/feeds54/keys13" => h;
    POST "/v228/orgs54/issues41/keys23" => h;
    DELETE "/feeds44/posts20/issues48" => h;
    GET "/stats5/stats39/repos17" => h;
    GET "/v141" => h;
    PUT "/v245/issues12" => h;
    GET "/users14/stats39/runs52" => h;
    GET "/runs28" => h;
    GET "/runs34/items57/items21/admin58" => h;
    DELETE "/items17/api20/feeds6" => h;
    GET "/orgs0/files39/feeds4/feeds55" => h;
    GET "/repos52/tags55" => h;
    GET "/api11/feeds54/:p2" => h;
    GET "/blobs46/blobs10/:p2/keys22" => h;
    GET "/orgs18/issues55/runs15/jobs19" => h;
    GET "/teams50/users53/keys43/files13" => h;
    PUT "/repos3/items8" => h;
    GET "/orgs4/pulls33/runs60/users45" => h;
    GET "/v215/keys55/v117" => h;
    GET "/blobs19" => h;
    GET "/runs33" => h;
    POST "/admin15/v237/v249/:p3" => h;
    PUT "/orgs7/admin44/users37/teams35" => h;
    GET "/keys21/:p1/:p2/teams50" => h;
    POST "/issues48/jobs54" => h;
    DELETE "/orgs9/posts56/:p2/feeds21" => h;
    DELETE "/pulls35/issues32/tags42" => h;
    GET "/tags4/teams59/orgs5" => h;
    GET "/runs13" => h;
    POST "/files45/:p1/:p2" => h;
    GET "/v238/items33" => h;
    POST "/orgs44/feeds25/feeds8/admin22" => h;
    PUT "/v252/v113/repos34" => h;
    DELETE "/v251/posts15" => h;
    DELETE "/jobs39/items58/repos47" => h;
    GET "/runs57/v150" => h;
    GET "/pulls34/admin32" => h;
    DELETE "/feeds3/posts25/keys0" => h;
    GET "/orgs27/repos4/teams36/v241" => h;
    GET "/repos5/orgs58" => h;
    DELETE "/posts4/teams52/v259" => h;
    PUT "/users44" => h;
    PUT "/keys52/feeds21/posts18" => h;
    GET "/items1" => h;
    PUT "/repos9/:p1" => h;
    GET "/blobs3/users24/issues17/teams52" => h;
    PUT "/admin24" => h;
    POST "/v260/:p1" => h;
    POST "/runs19/repos41/api24/jobs33" => h;
    GET "/files40/users25/orgs45/:p3" => h;
    POST "/api35/feeds41/v149/tags0" => h;
    DELETE "/keys51/:p1/stats55" => h;
    GET "/teams31/:p1/jobs26" => h;
    GET "/files41/:p1" => h;
    POST "/blobs5" => h;
    POST "/jobs36/feeds30/pulls30/api5" => h;
    GET "/issues26/api29" => h;
    GET "/blobs15/blobs57/stats31" => h;
    GET "/runs60/jobs55/:p2/jobs5" => h;
    DELETE "/issues16/users27/v12" => h;
    GET "/blobs58/stats35/:p2" => h;
    DELETE "/posts47/stats13" => h;
    PUT "/blobs25/items55/api19" => h;
    DELETE "/admin58/blobs12/:p2/orgs1" => h;
    GET "/api59/*rest" => h;
    PUT "/jobs25/files8/tags41" => h;
    POST "/tags38/*rest" => h;
    GET "/teams2/:p1/pulls39" => h;
    GET "/blobs27/teams30/*rest" => h;
    GET "/tags2/tags57/issues50/keys54" => h;
    GET "/posts35/files35" => h;
    POST "/v111/pulls25/blobs42" => h;
    GET "/v223" => h;
    POST "/admin46/repos6/files47" => h;
    GET "/keys48" => h;
    GET "/items50/jobs27/orgs52/repos41" => h;
    POST "/issues15/blobs49/keys57" => h;
    GET "/blobs31/:p1" => h;
    POST "/v128" => h;
    PUT "/feeds2/stats52/repos24" => h;
    GET "/issues50/feeds2/posts36" => h;
    GET "/feeds31/users23/api18/tags5" => h;
    DELETE "/posts6/v13/:p2/files16" => h;
    POST "/orgs22" => h;
    GET "/repos33/stats60/runs50/:p3" => h;
    GET "/files31" => h;
    DELETE "/keys56" => h;
    POST "/users48/posts21" => h;
    DELETE "/keys29" => h;
    POST "/pulls16" => h;
}

/// `App::find`, the generated router.
#[inline]
pub fn chopin(method: Method, path: &str) -> chopin::router::Found {
    App::find(method, path)
}

/// Every distinct path pattern: matchit's syntax, whether it is static, and the
/// route id per method slot (`u16::MAX`: none), as app! numbers routes, and `Allow`.
pub static PATTERNS: [Pattern; 1964] = [
    Pattern { matchit: "/v25/v29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 0, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v214/admin45/pulls20/blobs26", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags14/tags24/stats45", is_static: true, ids: [2, 2, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs56/blobs28", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 3, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys31", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 4, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin53/v256/teams5/tags33", is_static: true, ids: [5, 5, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items20/api35/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 6, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs43/keys13/{p2}/{p3}", is_static: false, ids: [7, 7, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs26/feeds9/users53", is_static: true, ids: [8, 8, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items50", is_static: true, ids: [9, 9, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds51", is_static: true, ids: [10, 10, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys35", is_static: true, ids: [11, 11, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos46/tags7/orgs43/{p3}", is_static: false, ids: [12, 12, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items5/items56/jobs0/orgs21", is_static: true, ids: [13, 13, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts35/v123/feeds42", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 14, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin44/admin16", is_static: true, ids: [u16::MAX, u16::MAX, 15, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 16, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams43/{p1}/{p2}/stats7", is_static: false, ids: [17, 17, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats48/runs15/orgs53/v121", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 18, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api44/{p1}/tags41", is_static: false, ids: [u16::MAX, u16::MAX, 19, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds21/v225/v138", is_static: true, ids: [20, 20, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs29/stats48/issues56/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 21, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds28/v132/runs16", is_static: true, ids: [22, 22, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams32/{p1}/pulls15/{*rest}", is_static: false, ids: [23, 23, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files17/users43/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 24, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v17/{*rest}", is_static: false, ids: [25, 25, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos34/{p1}/repos9/teams59", is_static: false, ids: [26, 26, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items51/items45/posts16/jobs0", is_static: true, ids: [27, 27, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts44/keys34/pulls32", is_static: true, ids: [u16::MAX, u16::MAX, 28, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin15", is_static: true, ids: [29, 29, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs14", is_static: true, ids: [u16::MAX, u16::MAX, 30, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v146", is_static: true, ids: [u16::MAX, u16::MAX, 31, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v245/{*rest}", is_static: false, ids: [32, 32, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls16/v135/{p2}", is_static: false, ids: [33, 33, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys57/tags3/items54", is_static: true, ids: [34, 34, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls54/orgs35/users43/tags28", is_static: true, ids: [35, 35, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams0/{p1}", is_static: false, ids: [36, 36, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files44", is_static: true, ids: [37, 37, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs3", is_static: true, ids: [498, 498, u16::MAX, 38, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/pulls35/runs38/{p2}/feeds36", is_static: false, ids: [39, 39, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats38/items56", is_static: true, ids: [40, 40, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs3/{p1}/feeds14", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 41, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/posts36/{p1}/api50", is_static: false, ids: [42, 42, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts48/feeds32/v142", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 43, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs28/{p1}", is_static: false, ids: [44, 44, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items59/orgs37/items38", is_static: true, ids: [45, 45, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs25/v29/api39", is_static: true, ids: [46, 46, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin43/pulls50/{p2}/jobs46", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 47, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags12/repos34/admin44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 48, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files38/{p1}/orgs36", is_static: false, ids: [49, 49, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users55/repos57/{p2}/posts58", is_static: false, ids: [50, 50, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats32/{p1}/runs49/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 51, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs51", is_static: true, ids: [52, 52, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users21/pulls23/{p2}/orgs15", is_static: false, ids: [u16::MAX, u16::MAX, 53, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api0/jobs29", is_static: true, ids: [u16::MAX, u16::MAX, 54, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs17", is_static: true, ids: [55, 55, 1746, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/admin22/{p1}/blobs57/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 56, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats33/{p1}/users30/keys2", is_static: false, ids: [57, 57, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs35", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 58, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin0/pulls48", is_static: true, ids: [59, 59, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts18/api16/pulls43/blobs40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 60, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v28", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 67, 61, u16::MAX, u16::MAX, u16::MAX], allow: "PUT, DELETE" },
    Pattern { matchit: "/blobs20/jobs20/stats50/{*rest}", is_static: false, ids: [62, 62, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items2/v246", is_static: true, ids: [63, 63, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api1/items27", is_static: true, ids: [64, 64, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v18", is_static: true, ids: [65, 65, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api47", is_static: true, ids: [1281, 1281, 66, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/tags21/teams56/blobs48/repos29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 68, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags25", is_static: true, ids: [69, 69, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls42/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 70, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues20/keys43", is_static: true, ids: [u16::MAX, u16::MAX, 71, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs50/v146", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 72, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api7", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 73, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items20/posts46/stats41/stats22", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 74, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/jobs0/blobs17/jobs5", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 75, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api17/items5/{p2}/repos4", is_static: false, ids: [76, 76, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v242", is_static: true, ids: [77, 77, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api27", is_static: true, ids: [78, 78, u16::MAX, 724, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/runs58/feeds16/v157", is_static: true, ids: [79, 79, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos59/users44/teams49", is_static: true, ids: [80, 80, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls34/items36/{p2}/orgs36", is_static: false, ids: [u16::MAX, u16::MAX, 81, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files35", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 82, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v225/items27", is_static: true, ids: [u16::MAX, u16::MAX, 83, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs4/{p1}/posts33", is_static: false, ids: [u16::MAX, u16::MAX, 84, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin29/files30/{p2}/stats17/{*rest}", is_static: false, ids: [85, 85, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts32/{p1}", is_static: false, ids: [86, 86, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds28/runs22", is_static: true, ids: [u16::MAX, u16::MAX, 87, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds12/blobs14/blobs29/v154", is_static: true, ids: [88, 88, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos25", is_static: true, ids: [89, 89, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats23/blobs21/posts28/issues20/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 90, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v222/{p1}/v228/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 91, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls50/items8", is_static: true, ids: [92, 92, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats44/admin16", is_static: true, ids: [93, 93, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos48/feeds53/feeds58/v129", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 94, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v27", is_static: true, ids: [95, 95, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin11/jobs9/posts33/keys50/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 96, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users43", is_static: true, ids: [97, 97, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files25/teams30", is_static: true, ids: [98, 98, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files32", is_static: true, ids: [99, 99, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds28", is_static: true, ids: [100, 100, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs39/users39/repos2/issues9", is_static: true, ids: [101, 101, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v230/{p1}/v134/api6", is_static: false, ids: [102, 102, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags45/files38/{p2}/orgs52", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 103, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin21/users18", is_static: true, ids: [104, 104, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v254/v12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 105, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats32/issues43/feeds44/{p3}", is_static: false, ids: [106, 106, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs17/files19", is_static: true, ids: [107, 107, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats20/items23", is_static: true, ids: [108, 108, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues59/posts43", is_static: true, ids: [109, 109, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys43/files20/jobs22/files18/{*rest}", is_static: false, ids: [110, 110, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs43/runs32/v156/v260/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 111, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin20/tags50", is_static: true, ids: [112, 112, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items42", is_static: true, ids: [113, 113, u16::MAX, u16::MAX, 1747, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, DELETE" },
    Pattern { matchit: "/jobs37/stats55/{p2}/tags24", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 114, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users53/tags27/admin56/runs14", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 115, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys13/{p1}/v110", is_static: false, ids: [116, 116, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts33", is_static: true, ids: [117, 117, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs24/posts49", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 118, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues45", is_static: true, ids: [119, 119, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls3/api0", is_static: true, ids: [120, 120, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v220", is_static: true, ids: [121, 121, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts52/files25", is_static: true, ids: [122, 122, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos48/api46", is_static: true, ids: [123, 123, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats14/users0", is_static: true, ids: [124, 124, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds4/pulls58", is_static: true, ids: [125, 125, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v157", is_static: true, ids: [126, 126, u16::MAX, u16::MAX, 1640, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, DELETE" },
    Pattern { matchit: "/repos45/v14", is_static: true, ids: [127, 127, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos31/v253/posts55", is_static: true, ids: [128, 128, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs53/pulls7/files52", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 129, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files35/v23/{p2}", is_static: false, ids: [130, 130, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs32/jobs43/teams44/issues59/{*rest}", is_static: false, ids: [131, 131, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds12/v241/{*rest}", is_static: false, ids: [132, 132, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys16/teams45", is_static: true, ids: [133, 133, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs28/feeds42/tags23/users26", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 134, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos45", is_static: true, ids: [135, 135, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items44/teams30/{p2}/orgs30", is_static: false, ids: [u16::MAX, u16::MAX, 136, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin16/items35/orgs5/{p3}", is_static: false, ids: [137, 137, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams57/pulls1", is_static: true, ids: [u16::MAX, u16::MAX, 138, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts5/feeds37", is_static: true, ids: [u16::MAX, u16::MAX, 139, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files30/feeds31", is_static: true, ids: [140, 140, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin3/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 141, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams32/runs60/{p2}/orgs15/{*rest}", is_static: false, ids: [142, 142, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds36", is_static: true, ids: [143, 143, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api36/blobs29", is_static: true, ids: [144, 144, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys25/keys11", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 145, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v215/keys4", is_static: true, ids: [146, 146, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats14/tags21", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 147, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items41/issues48", is_static: true, ids: [148, 148, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls31/files34/blobs22", is_static: true, ids: [149, 149, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs2/keys52/{p2}", is_static: false, ids: [150, 150, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items12/stats53", is_static: true, ids: [151, 151, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users19/{p1}/repos50", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 152, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v122/items28", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 153, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v260", is_static: true, ids: [154, 154, 1094, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/issues11/runs48", is_static: true, ids: [155, 155, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds20", is_static: true, ids: [156, 156, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs13/users60/pulls53", is_static: true, ids: [157, 157, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos36/users7/users51", is_static: true, ids: [158, 158, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v234/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 159, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams22", is_static: true, ids: [160, 160, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys44/{p1}/stats60/tags22", is_static: false, ids: [161, 161, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams45/{p1}/{p2}", is_static: false, ids: [162, 162, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts32/{p1}/posts21/files16", is_static: false, ids: [163, 163, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin6/issues2/{p2}/feeds30", is_static: false, ids: [164, 164, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams44/{p1}/jobs50/{p3}", is_static: false, ids: [165, 165, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs54/{*rest}", is_static: false, ids: [166, 166, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v239/keys9/pulls58/issues9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 167, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs11/tags15/admin48/users29", is_static: true, ids: [u16::MAX, u16::MAX, 168, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v19", is_static: true, ids: [169, 169, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds0/{p1}", is_static: false, ids: [170, 170, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs32/issues21", is_static: true, ids: [171, 171, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams50/api9/tags9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 172, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items47", is_static: true, ids: [173, 173, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats6/files53/repos58/api58", is_static: true, ids: [174, 174, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs41/runs32/v212", is_static: true, ids: [u16::MAX, u16::MAX, 175, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs9/blobs39/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 176, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api15/issues34", is_static: true, ids: [177, 177, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs33/items58", is_static: true, ids: [178, 178, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs1/{p1}/jobs33", is_static: false, ids: [u16::MAX, u16::MAX, 179, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs15/keys32", is_static: true, ids: [180, 180, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues34/orgs50", is_static: true, ids: [181, 181, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues20", is_static: true, ids: [182, 182, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs8/posts23/runs35/orgs11/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 183, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts12/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 184, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v237/keys55/stats54", is_static: true, ids: [185, 185, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api37", is_static: true, ids: [u16::MAX, u16::MAX, 186, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v113/repos32/blobs14/tags33", is_static: true, ids: [u16::MAX, u16::MAX, 187, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs42", is_static: true, ids: [188, 188, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls15/feeds56/{p2}/repos31", is_static: false, ids: [189, 189, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files1/pulls50/items56", is_static: true, ids: [190, 190, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users46/api44/teams18/runs13", is_static: true, ids: [191, 191, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams54/teams23", is_static: true, ids: [192, 192, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v114", is_static: true, ids: [193, 193, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items57/{p1}/posts22/{p3}/{*rest}", is_static: false, ids: [194, 194, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs16", is_static: true, ids: [u16::MAX, u16::MAX, 195, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items6/orgs17/v229/tags30", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 196, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats14/{p1}/{p2}/{p3}", is_static: false, ids: [197, 197, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v239", is_static: true, ids: [785, 785, 198, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/users2/posts58/{p2}", is_static: false, ids: [199, 199, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags33/issues15/{p2}/{p3}", is_static: false, ids: [200, 200, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs12/orgs22/tags35", is_static: true, ids: [201, 201, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats35/{p1}/orgs48", is_static: false, ids: [u16::MAX, u16::MAX, 202, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v230/repos0/keys43/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 203, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin13/posts36/feeds48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 204, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs34", is_static: true, ids: [u16::MAX, u16::MAX, 205, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files17/jobs33/admin47", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 206, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin45/pulls58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 207, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api54/v23", is_static: true, ids: [u16::MAX, u16::MAX, 208, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats36/items5/tags21/users6", is_static: true, ids: [u16::MAX, u16::MAX, 209, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts19/pulls13/orgs12/orgs41", is_static: true, ids: [210, 210, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys4/feeds45/pulls45/posts29", is_static: true, ids: [211, 211, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files50/v256/jobs30", is_static: true, ids: [212, 212, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts13/files23/v158", is_static: true, ids: [u16::MAX, u16::MAX, 213, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys38/{p1}/{p2}/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 214, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds32/keys21/files48/repos25", is_static: true, ids: [u16::MAX, u16::MAX, 215, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users4/api44/keys3/{p3}/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 216, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats24/{*rest}", is_static: false, ids: [217, 217, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users37/admin16/posts42/v143", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 218, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api54/orgs51/repos18/runs59", is_static: true, ids: [u16::MAX, u16::MAX, 219, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v136/keys35/pulls31/{p3}", is_static: false, ids: [220, 220, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds3/v112", is_static: true, ids: [u16::MAX, u16::MAX, 221, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v214/{p1}/v117/items51", is_static: false, ids: [u16::MAX, u16::MAX, 222, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys55/files55/pulls25/users16", is_static: true, ids: [223, 223, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v122/blobs52/stats24/repos57", is_static: true, ids: [224, 224, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs21/feeds23/posts60/v158", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 225, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys44/files60/v18/api60", is_static: true, ids: [226, 226, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams31", is_static: true, ids: [227, 227, u16::MAX, 953, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/files49/feeds17/stats11/issues57", is_static: true, ids: [228, 228, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs14", is_static: true, ids: [229, 229, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs53/blobs18/teams40", is_static: true, ids: [230, 230, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api1/keys32/users19", is_static: true, ids: [231, 231, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v15", is_static: true, ids: [232, 232, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams41/runs6", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 233, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v124/teams54", is_static: true, ids: [234, 234, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats52/teams29/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 235, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs24/api28", is_static: true, ids: [236, 236, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs30/{p1}/pulls45", is_static: false, ids: [237, 237, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin43", is_static: true, ids: [238, 238, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys55/issues32/v129/users12", is_static: true, ids: [239, 239, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api13/pulls5", is_static: true, ids: [u16::MAX, u16::MAX, 240, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs43", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 241, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v219/orgs4/admin47/admin32", is_static: true, ids: [242, 242, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v230/keys46/{p2}/teams32/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 243, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin8/v140", is_static: true, ids: [244, 244, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users12", is_static: true, ids: [245, 245, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues49/runs39/jobs53/issues39/{*rest}", is_static: false, ids: [246, 246, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files14/admin43/orgs14/orgs39", is_static: true, ids: [247, 247, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin25/tags46/v138", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 248, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs31/files33/stats12/{p3}", is_static: false, ids: [249, 249, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs33", is_static: true, ids: [464, 464, 250, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/jobs49/repos10/v153/items16", is_static: true, ids: [251, 251, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats7/admin51", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 252, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin11/runs53", is_static: true, ids: [253, 253, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files52/issues1/{p2}/tags13", is_static: false, ids: [u16::MAX, u16::MAX, 254, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs55/orgs52/{p2}/users22", is_static: false, ids: [255, 255, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v229", is_static: true, ids: [256, 256, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos53/{p1}", is_static: false, ids: [257, 257, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys21", is_static: true, ids: [1204, 1204, 258, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/feeds38/jobs54", is_static: true, ids: [259, 259, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v234/{p1}/blobs33/keys30", is_static: false, ids: [260, 260, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs54", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 261, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags0/{p1}/admin22", is_static: false, ids: [u16::MAX, u16::MAX, 262, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats16/pulls38", is_static: true, ids: [263, 263, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs44/orgs41", is_static: true, ids: [264, 264, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs21/{p1}", is_static: false, ids: [265, 265, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats14", is_static: true, ids: [266, 266, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts3/issues42/orgs35/teams14", is_static: true, ids: [u16::MAX, u16::MAX, 267, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats58", is_static: true, ids: [871, 871, u16::MAX, 268, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/posts19/admin57/tags0/runs42", is_static: true, ids: [u16::MAX, u16::MAX, 269, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys30/tags56/stats25", is_static: true, ids: [270, 270, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues27", is_static: true, ids: [271, 271, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api57/keys31/jobs14/admin20", is_static: true, ids: [272, 272, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files40/api22/pulls19/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 273, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 274, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds30/blobs28/items51/runs41", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 275, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users50/orgs6/{p2}/v158", is_static: false, ids: [276, 276, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds4/feeds35", is_static: true, ids: [277, 277, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags1", is_static: true, ids: [u16::MAX, u16::MAX, 278, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls38", is_static: true, ids: [279, 279, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts4/pulls54", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 280, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats26/api4/stats18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 281, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys21/orgs26/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 282, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin7/stats22/posts18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 283, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos36/admin52/tags42/repos48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 284, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs35/runs13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 285, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs27/{p1}/{p2}/runs3", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 286, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users43/posts12/keys47/issues11", is_static: true, ids: [287, 287, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats58/teams25/stats25/items12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 288, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files60/jobs60/keys20/{p3}", is_static: false, ids: [289, 289, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin44/api16", is_static: true, ids: [u16::MAX, u16::MAX, 290, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs1/runs25", is_static: true, ids: [u16::MAX, u16::MAX, 291, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api40/pulls38/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 292, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files47", is_static: true, ids: [u16::MAX, u16::MAX, 293, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls20/pulls8/v26", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 294, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos42", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 295, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api33/files15/feeds39", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 296, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs50/v113/v229/repos2", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 297, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams3", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 298, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 299, 866, u16::MAX, u16::MAX, u16::MAX], allow: "PUT, DELETE" },
    Pattern { matchit: "/pulls25/posts2", is_static: true, ids: [u16::MAX, u16::MAX, 300, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v228", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 301, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files56/runs26", is_static: true, ids: [302, 302, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues44/stats42/pulls35", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 303, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags11/items8/blobs31", is_static: true, ids: [304, 304, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users0/orgs55/api14", is_static: true, ids: [305, 305, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v226", is_static: true, ids: [306, 306, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs34/users40", is_static: true, ids: [307, 307, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs58", is_static: true, ids: [308, 308, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats52/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 309, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs54/admin41", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 310, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs28/v224", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 311, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v222/feeds45/feeds16/v246", is_static: true, ids: [312, 312, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs40/files35/keys32", is_static: true, ids: [u16::MAX, u16::MAX, 313, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users27/users15/orgs35/orgs16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 314, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs22/items13/stats14", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 315, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs38", is_static: true, ids: [316, 316, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 317, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts22", is_static: true, ids: [318, 318, u16::MAX, 1415, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/jobs20/v140/tags51", is_static: true, ids: [319, 319, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams16/issues45/{p2}/{p3}", is_static: false, ids: [320, 320, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v118/posts45/tags21", is_static: true, ids: [321, 321, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin11/pulls13/orgs3/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 322, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items7/posts13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 323, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs22/orgs8/{p2}/posts26", is_static: false, ids: [324, 324, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin27/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 325, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls56/users26/v259", is_static: true, ids: [326, 326, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts27/orgs15", is_static: true, ids: [327, 327, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files45/orgs55", is_static: true, ids: [328, 328, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users39/orgs31", is_static: true, ids: [u16::MAX, u16::MAX, 329, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags1/users44/users21/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 330, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues49/repos57", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 331, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/posts27", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 332, 1005, u16::MAX, u16::MAX, u16::MAX], allow: "PUT, DELETE" },
    Pattern { matchit: "/jobs36/v15", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 333, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin50/jobs55", is_static: true, ids: [334, 334, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin12/{p1}/stats47/repos44", is_static: false, ids: [u16::MAX, u16::MAX, 335, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs21", is_static: true, ids: [336, 336, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users30/{p1}/stats15/pulls4", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 337, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats3/v242/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 338, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs7/{p1}/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 339, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v244/repos56", is_static: true, ids: [340, 340, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos33/{p1}", is_static: false, ids: [341, 341, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts1", is_static: true, ids: [342, 342, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls0/orgs45/items59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 343, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs19", is_static: true, ids: [1870, 1870, u16::MAX, 344, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/posts48/pulls11/feeds27/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 345, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues50/stats40/teams27/items18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 346, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues31/tags22/files40/jobs43", is_static: true, ids: [347, 347, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams2/items24/api10/files13", is_static: true, ids: [348, 348, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags2/users33/runs28/posts1", is_static: true, ids: [349, 349, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys1/v139/users16", is_static: true, ids: [350, 350, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds18", is_static: true, ids: [351, 351, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys30", is_static: true, ids: [352, 352, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats58/pulls7/posts40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 353, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v11/{p1}/v124/orgs46", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 354, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users47", is_static: true, ids: [u16::MAX, u16::MAX, 355, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls21/issues49", is_static: true, ids: [356, 356, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs12/stats29", is_static: true, ids: [357, 357, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys43/blobs23", is_static: true, ids: [358, 358, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs31/tags49/items4/blobs18/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 359, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api13", is_static: true, ids: [360, 360, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds6/tags31/posts27/users27", is_static: true, ids: [u16::MAX, u16::MAX, 361, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs1/blobs35/blobs15/v152", is_static: true, ids: [362, 362, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues52/items25/pulls9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 363, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls23/v120", is_static: true, ids: [364, 364, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs23/keys14/{p2}/v251", is_static: false, ids: [365, 365, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams14/pulls22", is_static: true, ids: [u16::MAX, u16::MAX, 366, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags24/{p1}/blobs5", is_static: false, ids: [367, 367, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs29", is_static: true, ids: [368, 368, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files22/teams54/jobs48", is_static: true, ids: [369, 369, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users22/users57", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 370, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users57/posts37", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 371, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v232", is_static: true, ids: [372, 372, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos44/posts7/{p2}/items1", is_static: false, ids: [u16::MAX, u16::MAX, 373, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin9/keys20", is_static: true, ids: [374, 374, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v23/pulls14/repos27/orgs19", is_static: true, ids: [375, 375, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs56", is_static: true, ids: [376, 376, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs6/v26/v248/orgs0", is_static: true, ids: [377, 377, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys20", is_static: true, ids: [u16::MAX, u16::MAX, 378, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys51/v145/posts51", is_static: true, ids: [379, 379, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v152/feeds8/admin5", is_static: true, ids: [380, 380, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams16/pulls18/{p2}", is_static: false, ids: [381, 381, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs29/runs41", is_static: true, ids: [382, 382, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats27/stats9/pulls55/issues39", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 383, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs35/blobs4", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 384, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v29", is_static: true, ids: [385, 385, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts58/admin44/{p2}", is_static: false, ids: [386, 386, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v230/keys1/{p2}/jobs9", is_static: false, ids: [387, 387, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v212/files17", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 388, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs29/{p1}/admin5/keys28", is_static: false, ids: [u16::MAX, u16::MAX, 389, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files20/blobs34", is_static: true, ids: [390, 390, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin7", is_static: true, ids: [391, 391, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues22/items3/api35", is_static: true, ids: [392, 392, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs7/issues5/posts13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 393, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin57", is_static: true, ids: [394, 394, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats26/files20/teams40", is_static: true, ids: [u16::MAX, u16::MAX, 395, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs18/orgs21", is_static: true, ids: [396, 396, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v133/jobs29/stats4/users35", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 397, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items28/runs33/api39/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 398, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos19/feeds14/{p2}", is_static: false, ids: [399, 399, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users14", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 400, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags44/{p1}/tags3", is_static: false, ids: [u16::MAX, u16::MAX, 401, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos55/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 402, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api12/{p1}/files49", is_static: false, ids: [u16::MAX, u16::MAX, 403, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v247/api0/{p2}", is_static: false, ids: [404, 404, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api42", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 405, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags12/issues44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 406, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/teams49/issues20/v227", is_static: true, ids: [u16::MAX, u16::MAX, 407, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files42/blobs59", is_static: true, ids: [408, 408, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs50", is_static: true, ids: [409, 409, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds47/blobs34/v13/stats49", is_static: true, ids: [410, 410, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs21/{p1}", is_static: false, ids: [411, 411, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats36", is_static: true, ids: [412, 412, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts2/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 413, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files21", is_static: true, ids: [414, 414, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues50", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 415, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs31/tags10/jobs10", is_static: true, ids: [416, 416, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin32/tags32", is_static: true, ids: [417, 417, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats50", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 418, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files56", is_static: true, ids: [419, 419, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags6/orgs12/pulls31", is_static: true, ids: [420, 420, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts41", is_static: true, ids: [u16::MAX, u16::MAX, 421, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 422, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users23/keys41/{p2}", is_static: false, ids: [423, 423, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts7/{p1}", is_static: false, ids: [424, 424, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs54/{p1}/orgs48/issues23", is_static: false, ids: [u16::MAX, u16::MAX, 425, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys16", is_static: true, ids: [426, 426, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys37/v244/{p2}/issues37", is_static: false, ids: [427, 427, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin6/issues51", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 428, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files27/tags55/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 429, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts9/{p1}/keys44", is_static: false, ids: [430, 430, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items11/feeds4/{p2}", is_static: false, ids: [431, 431, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api27/{p1}/keys26/repos46", is_static: false, ids: [u16::MAX, u16::MAX, 432, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds8/{p1}/issues31", is_static: false, ids: [u16::MAX, u16::MAX, 433, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys26/{p1}/issues60/stats51", is_static: false, ids: [434, 434, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys28/teams34/keys45/jobs14", is_static: true, ids: [435, 435, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts37", is_static: true, ids: [436, 436, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin9/{p1}/stats57/files19", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 437, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v114/v15/v122", is_static: true, ids: [u16::MAX, u16::MAX, 438, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api56/orgs26", is_static: true, ids: [439, 439, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls44/teams32", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 440, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files3/teams43/v239", is_static: true, ids: [441, 441, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys19/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 442, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v260/files20/jobs58/{p3}", is_static: false, ids: [443, 443, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys1/tags22/blobs27/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 444, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts15", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 445, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues40/jobs21", is_static: true, ids: [446, 446, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v130", is_static: true, ids: [u16::MAX, u16::MAX, 447, u16::MAX, 1545, u16::MAX, u16::MAX, u16::MAX], allow: "POST, DELETE" },
    Pattern { matchit: "/pulls22/admin27", is_static: true, ids: [u16::MAX, u16::MAX, 448, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v232/stats38/tags5/v242", is_static: true, ids: [u16::MAX, u16::MAX, 449, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v14/issues16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 450, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags36/{p1}/stats23", is_static: false, ids: [451, 451, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls47", is_static: true, ids: [452, 452, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds28/keys5/api43/issues13", is_static: true, ids: [u16::MAX, u16::MAX, 453, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags32/users30", is_static: true, ids: [454, 454, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 455, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v224/jobs56/stats48/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 456, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin2/stats13/orgs58/issues21", is_static: true, ids: [457, 457, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users14/stats49/v110/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 458, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags39/orgs60/{*rest}", is_static: false, ids: [459, 459, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin10/tags13/feeds19/orgs10", is_static: true, ids: [460, 460, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin10/orgs17/repos56", is_static: true, ids: [u16::MAX, u16::MAX, 461, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos24/{p1}/jobs59/api24", is_static: false, ids: [462, 462, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams34/keys48/items40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 463, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues48/{p1}", is_static: false, ids: [465, 465, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v127/items28/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 466, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items40/posts17/v222", is_static: true, ids: [u16::MAX, u16::MAX, 467, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users28/keys14/issues59", is_static: true, ids: [468, 468, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats7/runs18/tags58/posts56", is_static: true, ids: [469, 469, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls56/pulls13/repos53", is_static: true, ids: [470, 470, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files52/v142", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 471, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls38/{p1}/users33/orgs27", is_static: false, ids: [472, 472, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs10/pulls33/keys44/keys16", is_static: true, ids: [473, 473, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs24", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 474, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 475, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs6/{p1}/api29/keys49", is_static: false, ids: [476, 476, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users17/v136/repos46/tags44", is_static: true, ids: [477, 477, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds13/teams58/items13", is_static: true, ids: [478, 478, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v220/blobs52", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 479, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds44/teams9", is_static: true, ids: [480, 480, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts46/stats23", is_static: true, ids: [481, 481, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users57/issues44/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 482, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos17/admin33", is_static: true, ids: [483, 483, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin26/v150/tags47", is_static: true, ids: [484, 484, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues25/users58/pulls39/keys15", is_static: true, ids: [485, 485, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs22/admin21/admin33", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 486, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs37/keys59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 487, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls19/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 488, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/teams0", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 489, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs28/pulls42", is_static: true, ids: [490, 490, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts10", is_static: true, ids: [491, 491, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds31/stats60", is_static: true, ids: [u16::MAX, u16::MAX, 492, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v232/{p1}/v230", is_static: false, ids: [493, 493, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls46", is_static: true, ids: [494, 494, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs9/{p1}/v128/api45", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 495, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags36/feeds0", is_static: true, ids: [u16::MAX, u16::MAX, 496, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v13/{p1}/blobs16", is_static: false, ids: [497, 497, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs14/admin42/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 499, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues28/pulls9/{p2}/teams18/{*rest}", is_static: false, ids: [500, 500, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v15/blobs24/v142/orgs0", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 501, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items15/repos26/files44/pulls44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 502, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users8/{p1}/runs55", is_static: false, ids: [503, 503, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin50/users56/items51", is_static: true, ids: [504, 504, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files46/runs14/issues33", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 505, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls12/teams10/issues52", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 506, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls20", is_static: true, ids: [1620, 1620, 507, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/issues11/blobs22", is_static: true, ids: [508, 508, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs54/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 509, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs23/repos6/teams28/stats58", is_static: true, ids: [510, 510, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users6/runs54", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 511, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds45/orgs49/jobs1", is_static: true, ids: [512, 512, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues46/orgs53/orgs14/{*rest}", is_static: false, ids: [513, 513, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin21", is_static: true, ids: [514, 514, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats49/orgs25", is_static: true, ids: [515, 515, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v226/stats47/admin53", is_static: true, ids: [516, 516, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs14/api26/{p2}/feeds46/{*rest}", is_static: false, ids: [517, 517, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls1", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 518, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues41", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 519, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs11", is_static: true, ids: [520, 520, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v14/teams19/{p2}", is_static: false, ids: [521, 521, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts23", is_static: true, ids: [1157, 1157, u16::MAX, 522, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/jobs39/{p1}/blobs12/stats59/{*rest}", is_static: false, ids: [523, 523, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs32", is_static: true, ids: [524, 524, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin19", is_static: true, ids: [525, 525, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs49", is_static: true, ids: [526, 526, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs4/posts9/repos56", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 527, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams29/users45", is_static: true, ids: [528, 528, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs16/runs1/tags55", is_static: true, ids: [529, 529, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams44", is_static: true, ids: [u16::MAX, u16::MAX, 530, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs27/stats10/runs20", is_static: true, ids: [531, 531, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v255/stats24/files59", is_static: true, ids: [u16::MAX, u16::MAX, 532, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items6/runs27", is_static: true, ids: [533, 533, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 534, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs14/feeds1", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 535, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats29", is_static: true, ids: [u16::MAX, u16::MAX, 536, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats1/orgs6/issues5", is_static: true, ids: [537, 537, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items26/stats2/teams55/admin10", is_static: true, ids: [u16::MAX, u16::MAX, 538, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api58/files26/issues45/repos48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 539, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users30", is_static: true, ids: [540, 540, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls51/orgs41/runs25", is_static: true, ids: [541, 541, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds32/tags12/files43/v221", is_static: true, ids: [542, 542, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v239/{p1}/blobs29/stats20", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 543, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds46/items33/{p2}/blobs0", is_static: false, ids: [544, 544, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users49/teams13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 545, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues2/blobs5/items6/items55", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 546, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues7/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 547, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items3/items46/runs17/pulls6", is_static: true, ids: [548, 548, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats24", is_static: true, ids: [549, 549, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs36/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 550, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts46/feeds60/v19/{p3}", is_static: false, ids: [551, 551, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items15", is_static: true, ids: [u16::MAX, u16::MAX, 552, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items42/files13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 553, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys11/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 554, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items17/v123/keys10", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 555, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin15/feeds19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 556, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api25/admin12/teams26", is_static: true, ids: [557, 557, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs12", is_static: true, ids: [558, 558, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos22", is_static: true, ids: [559, 559, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags7/pulls5", is_static: true, ids: [560, 560, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags46/runs42/items10/keys33", is_static: true, ids: [561, 561, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin10/runs57", is_static: true, ids: [562, 562, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users52/admin9/teams58/teams47", is_static: true, ids: [563, 563, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats58/keys14", is_static: true, ids: [564, 564, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users58/v14/{p2}/blobs37", is_static: false, ids: [565, 565, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams41/{p1}/repos3", is_static: false, ids: [566, 566, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts49", is_static: true, ids: [u16::MAX, u16::MAX, 567, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds49/{p1}", is_static: false, ids: [568, 568, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls58/items18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 569, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin58/runs23/files31/{p3}", is_static: false, ids: [570, 570, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts9/files48/{p2}/blobs28", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 571, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items33/users49/{p2}/v231", is_static: false, ids: [572, 572, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs57/{p1}", is_static: false, ids: [573, 573, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs46/jobs6/{p2}/issues45", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 574, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api33", is_static: true, ids: [575, 575, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs48/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 576, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin26/orgs33", is_static: true, ids: [577, 577, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags43/orgs29/repos34/issues4", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 578, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items56/blobs17/blobs39/tags29", is_static: true, ids: [579, 579, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams16/{p1}", is_static: false, ids: [580, 580, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys23/items9/{p2}/repos53", is_static: false, ids: [581, 581, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys32/teams10/jobs19/blobs28", is_static: true, ids: [582, 582, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds57/{p1}/{p2}/files11", is_static: false, ids: [583, 583, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs44/stats24/admin37", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 584, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues46/{p1}/tags9", is_static: false, ids: [585, 585, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds31", is_static: true, ids: [586, 586, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v158", is_static: true, ids: [587, 587, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys0/{p1}/{p2}/repos49", is_static: false, ids: [588, 588, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats0/files20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 589, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs15/tags34", is_static: true, ids: [590, 590, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs13/repos21/v14", is_static: true, ids: [u16::MAX, u16::MAX, 591, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats42/jobs9", is_static: true, ids: [592, 592, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items23", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 593, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin10/jobs35/teams16", is_static: true, ids: [594, 594, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos21", is_static: true, ids: [595, 595, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs52", is_static: true, ids: [596, 596, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users36/repos43/admin5", is_static: true, ids: [597, 597, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs54/blobs31/{p2}", is_static: false, ids: [598, 598, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v112/{p1}/{p2}/posts46", is_static: false, ids: [u16::MAX, u16::MAX, 599, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs14/repos51/orgs8/users2", is_static: true, ids: [u16::MAX, u16::MAX, 600, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items50/v121/v14/{p3}", is_static: false, ids: [601, 601, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys6/users17/items10/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 602, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs48/keys0/teams44/stats28", is_static: true, ids: [603, 603, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags24/tags47/feeds60", is_static: true, ids: [604, 604, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v116/feeds27/keys19", is_static: true, ids: [605, 605, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts24/runs24/{p2}/users25", is_static: false, ids: [606, 606, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls45/v236/{p2}/{p3}/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 607, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs12/{p1}/teams5/jobs37", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 608, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts12/issues22", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 609, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams13/feeds17", is_static: true, ids: [610, 610, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos50/pulls33/repos24", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 611, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags32/{p1}/repos49/v212", is_static: false, ids: [612, 612, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs30/api33/{p2}/stats33", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 613, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs48/files46/teams0", is_static: true, ids: [u16::MAX, u16::MAX, 614, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos38/jobs39/tags41/teams40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 615, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams22/items50", is_static: true, ids: [u16::MAX, u16::MAX, 616, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos26/issues8/{p2}/jobs58", is_static: false, ids: [617, 617, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api46/repos5", is_static: true, ids: [u16::MAX, u16::MAX, 618, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags4/teams53/orgs4", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 619, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api43", is_static: true, ids: [620, 620, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files29/stats44/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 621, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues50/feeds39/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 622, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs0/runs45", is_static: true, ids: [623, 623, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts22/keys20/tags9/stats33", is_static: true, ids: [624, 624, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs22", is_static: true, ids: [625, 625, 1993, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/api49/{p1}/stats27", is_static: false, ids: [626, 626, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues22", is_static: true, ids: [627, 627, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs34/admin16/users35/v127", is_static: true, ids: [628, 628, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams7/api60/teams2/v151", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 629, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos16/v222/orgs24/blobs36", is_static: true, ids: [630, 630, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v26/api28/blobs36/users7", is_static: true, ids: [631, 631, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds35/stats34/v134/tags21/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 632, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users24", is_static: true, ids: [u16::MAX, u16::MAX, 633, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin21/posts6/{p2}", is_static: false, ids: [634, 634, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files14/teams59/runs26/keys28", is_static: true, ids: [635, 635, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs39/{p1}/admin23/keys6", is_static: false, ids: [636, 636, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats21", is_static: true, ids: [637, 637, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues35/{p1}", is_static: false, ids: [638, 638, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items11/issues27", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 639, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 640, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin38", is_static: true, ids: [641, 641, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams1", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 642, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items0/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 643, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api42/v19", is_static: true, ids: [644, 644, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags18/feeds8/repos15/posts47", is_static: true, ids: [645, 645, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues8/keys30/{p2}", is_static: false, ids: [646, 646, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams51/{p1}/tags23", is_static: false, ids: [647, 647, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs14", is_static: true, ids: [648, 648, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files48/api44", is_static: true, ids: [649, 649, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api0/teams7/runs39/files55", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 650, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds55", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 651, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls13/tags33/items13/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 652, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin9/v160", is_static: true, ids: [653, 653, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys25", is_static: true, ids: [u16::MAX, u16::MAX, 654, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs27/feeds36", is_static: true, ids: [655, 655, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds0", is_static: true, ids: [656, 656, u16::MAX, 1781, 950, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT, DELETE" },
    Pattern { matchit: "/teams32", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 657, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos17/users28/jobs15/jobs9", is_static: true, ids: [658, 658, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin10/files35/teams50", is_static: true, ids: [659, 659, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts13/{p1}/blobs15", is_static: false, ids: [660, 660, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys34/issues14/{p2}/items36", is_static: false, ids: [661, 661, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats60/{p1}", is_static: false, ids: [662, 662, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds59/feeds47/keys0/{p3}/{*rest}", is_static: false, ids: [663, 663, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts52/{p1}/{p2}", is_static: false, ids: [664, 664, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys39/stats50/orgs26/keys20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 665, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs60", is_static: true, ids: [666, 666, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs4", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 667, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds50/repos41", is_static: true, ids: [668, 668, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs56/files54/v250", is_static: true, ids: [669, 669, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs26", is_static: true, ids: [670, 670, u16::MAX, 1432, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/feeds8/jobs45", is_static: true, ids: [671, 671, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v241", is_static: true, ids: [672, 672, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds37/posts8", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 673, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs54/runs20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 674, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags17/tags21/issues32", is_static: true, ids: [675, 675, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys60/issues8/stats15", is_static: true, ids: [676, 676, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts51", is_static: true, ids: [677, 677, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats6", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 678, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users4/admin54/jobs36/repos20/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 679, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos40", is_static: true, ids: [680, 680, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items56", is_static: true, ids: [681, 681, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts55/runs43", is_static: true, ids: [682, 682, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs31/blobs55/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 683, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues23/posts26", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 684, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues42/api1/feeds49/keys2", is_static: true, ids: [685, 685, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags14/posts35/posts9", is_static: true, ids: [686, 686, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos14", is_static: true, ids: [687, 687, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v146/items34", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 688, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats11/users28", is_static: true, ids: [u16::MAX, u16::MAX, 689, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs51/files50/{*rest}", is_static: false, ids: [690, 690, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs43/issues3/files30/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 691, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files7/v151/teams7/api49", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 692, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/pulls18/{p1}/v140", is_static: false, ids: [693, 693, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api28/admin53/{p2}/orgs19", is_static: false, ids: [694, 694, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats15/blobs35", is_static: true, ids: [695, 695, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs56/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 696, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos43/v20/runs40", is_static: true, ids: [697, 697, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats34/v151/{p2}/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 698, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls29/api19/feeds54/files42", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 699, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos44/repos9/api58/blobs51", is_static: true, ids: [u16::MAX, u16::MAX, 700, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos49/files39", is_static: true, ids: [701, 701, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin29/admin1/v126", is_static: true, ids: [702, 702, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds10/jobs56", is_static: true, ids: [703, 703, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs20/{p1}/tags12", is_static: false, ids: [704, 704, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams20/{p1}", is_static: false, ids: [705, 705, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v254/files5", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 706, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v113/files47/items36", is_static: true, ids: [u16::MAX, u16::MAX, 707, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs31/{p1}/tags35", is_static: false, ids: [u16::MAX, u16::MAX, 708, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls2/files33", is_static: true, ids: [u16::MAX, u16::MAX, 709, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs8/api56", is_static: true, ids: [710, 710, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs15/runs3/v217/tags24/{*rest}", is_static: false, ids: [711, 711, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds56/teams55/v127/{p3}", is_static: false, ids: [712, 712, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs35", is_static: true, ids: [u16::MAX, u16::MAX, 713, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files57/feeds15", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 714, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos36", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 715, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs25/users59/tags8/repos0", is_static: true, ids: [u16::MAX, u16::MAX, 716, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs27/pulls25/orgs35", is_static: true, ids: [717, 717, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos13", is_static: true, ids: [718, 718, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 719, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys16/keys44", is_static: true, ids: [720, 720, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs1/jobs15", is_static: true, ids: [721, 721, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin38/v25/files1/v110", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 722, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v160", is_static: true, ids: [u16::MAX, u16::MAX, 723, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts31/{p1}/{p2}", is_static: false, ids: [725, 725, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags17/v212/posts32", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 726, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues18/blobs19/api56/teams9", is_static: true, ids: [727, 727, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v216/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 728, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v117/stats33/runs58/admin16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 729, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats11", is_static: true, ids: [730, 730, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags36", is_static: true, ids: [731, 731, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs51/users53/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 732, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v21/stats13", is_static: true, ids: [733, 733, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs23", is_static: true, ids: [734, 734, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls15", is_static: true, ids: [735, 735, 1389, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/posts21/tags47", is_static: true, ids: [736, 736, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos55/posts8/feeds22", is_static: true, ids: [737, 737, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files29/v260", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 738, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues1/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 739, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts20/users45", is_static: true, ids: [740, 740, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues41/runs28/v241", is_static: true, ids: [741, 741, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls10/feeds24/orgs40", is_static: true, ids: [742, 742, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v18/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 743, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls6/keys35/v110", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 744, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api18/{p1}", is_static: false, ids: [745, 745, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin56", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 746, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api39/tags0", is_static: true, ids: [747, 747, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files22/repos41/items24", is_static: true, ids: [748, 748, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs45/teams45/{p2}/{*rest}", is_static: false, ids: [749, 749, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs15/repos40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 750, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats47/keys0/users17/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 751, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users55/items39/files59/users30", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 752, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 753, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats32/v23", is_static: true, ids: [u16::MAX, u16::MAX, 754, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams59/tags48/admin45/keys42", is_static: true, ids: [755, 755, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls60/repos3/{p2}/issues46", is_static: false, ids: [756, 756, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items26/files40/pulls35", is_static: true, ids: [757, 757, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users34/items3/repos34/admin7", is_static: true, ids: [758, 758, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users37/admin44/keys0", is_static: true, ids: [759, 759, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds41/repos52/{p2}", is_static: false, ids: [760, 760, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api57", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 761, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items33/{p1}/teams28", is_static: false, ids: [762, 762, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs33/blobs35", is_static: true, ids: [763, 763, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues37/stats35/v10", is_static: true, ids: [764, 764, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds17/pulls52", is_static: true, ids: [765, 765, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts19", is_static: true, ids: [u16::MAX, u16::MAX, 766, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v23", is_static: true, ids: [767, 767, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls51/api47/orgs19/pulls39", is_static: true, ids: [u16::MAX, u16::MAX, 768, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues5/v23/admin24/items44", is_static: true, ids: [u16::MAX, u16::MAX, 769, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs3/keys31/feeds21/feeds5", is_static: true, ids: [u16::MAX, u16::MAX, 770, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs12/{p1}/{p2}/v137", is_static: false, ids: [771, 771, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs10/{p1}", is_static: false, ids: [772, 772, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 773, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v137/posts46/v254/orgs43", is_static: true, ids: [774, 774, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats34/repos56/pulls15/items22", is_static: true, ids: [775, 775, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags30/repos9/v120/blobs15", is_static: true, ids: [u16::MAX, u16::MAX, 776, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users46/feeds25/feeds49/keys59", is_static: true, ids: [u16::MAX, u16::MAX, 777, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users15/tags57", is_static: true, ids: [778, 778, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs41/files47/{p2}", is_static: false, ids: [779, 779, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues21/runs16/api38/api43", is_static: true, ids: [u16::MAX, u16::MAX, 780, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos2", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 781, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys44/admin42/files14", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 782, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files58/teams2/orgs24", is_static: true, ids: [u16::MAX, u16::MAX, 783, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api56/repos2/v225/v231", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 784, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues43/{p1}/api26/issues59", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 786, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v155/files10", is_static: true, ids: [787, 787, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files10/files22", is_static: true, ids: [788, 788, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues42/items12/v113/items18", is_static: true, ids: [789, 789, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users48", is_static: true, ids: [790, 790, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams30", is_static: true, ids: [791, 791, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues43/pulls19/pulls34/admin0", is_static: true, ids: [792, 792, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items44/v257/{p2}/items32", is_static: false, ids: [793, 793, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items19/blobs51", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 794, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags20/stats16", is_static: true, ids: [795, 795, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api23", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 796, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api35/pulls43/api41", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 797, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files45", is_static: true, ids: [798, 798, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs38/jobs60/v128/{p3}", is_static: false, ids: [799, 799, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api42/{p1}/admin2", is_static: false, ids: [800, 800, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api46/files47/jobs54/items38", is_static: true, ids: [u16::MAX, u16::MAX, 801, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds20/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 802, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v154/runs6/keys53/pulls7", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 803, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v241/files9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 804, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/pulls18/stats24/stats19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 805, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs16/v242/keys18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 806, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls10", is_static: true, ids: [807, 807, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds43", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 808, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats22/{p1}/feeds0/feeds50", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 809, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs36/items45", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 810, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues47/orgs43/jobs37", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 811, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds52/items38/jobs26", is_static: true, ids: [812, 812, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls2/tags39/jobs45/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 813, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues58/feeds20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 814, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos9/v135/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 815, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users20/stats18/orgs12/feeds36", is_static: true, ids: [816, 816, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags22/pulls53", is_static: true, ids: [817, 817, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs20/api17/posts41", is_static: true, ids: [818, 818, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys56/tags17/{p2}", is_static: false, ids: [819, 819, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags2/admin25", is_static: true, ids: [820, 820, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos24/jobs0", is_static: true, ids: [821, 821, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams39/{p1}/items41/blobs27", is_static: false, ids: [822, 822, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags46/repos10/{p2}/v136", is_static: false, ids: [823, 823, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs38/runs34/{p2}", is_static: false, ids: [824, 824, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users27", is_static: true, ids: [825, 825, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs60/api54/{p2}", is_static: false, ids: [826, 826, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v144/{p1}/v145", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 827, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys18/runs33/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 828, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats2/items30/pulls33", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 829, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v216/files41/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 830, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs33/api49/{p2}", is_static: false, ids: [831, 831, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys55/repos29/admin47", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 832, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/posts33/{p1}/{p2}/keys52", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 833, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users27/pulls49/tags51", is_static: true, ids: [834, 834, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts3/issues48", is_static: true, ids: [835, 835, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs46/posts53/users1/stats50", is_static: true, ids: [836, 836, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin12/posts9", is_static: true, ids: [837, 837, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds7", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 838, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts53/admin44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 839, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api8/posts11/admin0", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 840, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v251/orgs19", is_static: true, ids: [841, 841, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin24/admin38", is_static: true, ids: [842, 842, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v25", is_static: true, ids: [843, 843, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues40/api14/posts30/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 844, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags3/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 845, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs49/teams37/api40", is_static: true, ids: [u16::MAX, u16::MAX, 846, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats49", is_static: true, ids: [847, 847, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys46", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 848, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files41/tags53/jobs14/issues47", is_static: true, ids: [849, 849, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos42/{p1}/admin32/repos4", is_static: false, ids: [850, 850, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats14/posts59/files11/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 851, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs47/teams49/{p2}/{p3}", is_static: false, ids: [852, 852, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files19/pulls58/admin52/files16", is_static: true, ids: [853, 853, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items53/orgs6/jobs9", is_static: true, ids: [854, 854, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin10/api43/v217/repos3", is_static: true, ids: [855, 855, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds58/items4", is_static: true, ids: [856, 856, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api43/files43/orgs30/runs25", is_static: true, ids: [857, 857, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts48/posts44", is_static: true, ids: [u16::MAX, u16::MAX, 858, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats20/jobs38/v245", is_static: true, ids: [u16::MAX, u16::MAX, 859, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs56/users46", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 860, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items11/runs30/posts6/items20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 861, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags23/{p1}/v131/repos5", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 862, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds1/pulls9/stats56", is_static: true, ids: [863, 863, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos8", is_static: true, ids: [u16::MAX, u16::MAX, 864, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags28/files46/admin14/repos32", is_static: true, ids: [865, 865, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds45/repos49/v226", is_static: true, ids: [867, 867, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds24/files1/keys6", is_static: true, ids: [868, 868, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api44/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 869, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users50/stats17/v132", is_static: true, ids: [870, 870, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs18/{p1}/{p2}", is_static: false, ids: [872, 872, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs48", is_static: true, ids: [u16::MAX, u16::MAX, 873, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v227", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 874, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin36/repos55/api56/keys19", is_static: true, ids: [875, 875, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts27/teams17", is_static: true, ids: [876, 876, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs34/issues46", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 877, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams35", is_static: true, ids: [878, 878, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls57/orgs33/teams16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 879, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v216", is_static: true, ids: [880, 880, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v146/{p1}/{p2}/orgs28", is_static: false, ids: [881, 881, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos52/items41", is_static: true, ids: [882, 882, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users23", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 883, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys52", is_static: true, ids: [u16::MAX, u16::MAX, 884, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users5/issues49/items57", is_static: true, ids: [885, 885, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats35/tags19/teams0", is_static: true, ids: [886, 886, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs14/pulls12/runs24", is_static: true, ids: [887, 887, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues59/v218/stats41", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 888, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys26/pulls1/stats51", is_static: true, ids: [u16::MAX, u16::MAX, 889, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls38/teams43/{p2}/api7", is_static: false, ids: [890, 890, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls40/repos50/posts33/{p3}", is_static: false, ids: [891, 891, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds22/jobs18/tags16/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 892, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin50/{p1}/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 893, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags43/keys47", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 894, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs17/teams38/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 895, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v130/teams58", is_static: true, ids: [896, 896, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls47/v144/{p2}/v160", is_static: false, ids: [897, 897, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v26/runs60/issues37/posts42", is_static: true, ids: [u16::MAX, u16::MAX, 898, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs30/teams46", is_static: true, ids: [899, 899, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts42/v158", is_static: true, ids: [900, 900, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams39/teams54/repos45/tags20", is_static: true, ids: [901, 901, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files25", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 902, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts54", is_static: true, ids: [u16::MAX, u16::MAX, 903, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items22", is_static: true, ids: [904, 904, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds2", is_static: true, ids: [905, 905, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api13/repos30", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 906, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds18/jobs51/items50/files27", is_static: true, ids: [907, 907, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues38/feeds21/files41", is_static: true, ids: [908, 908, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts59/{p1}/runs21", is_static: false, ids: [u16::MAX, u16::MAX, 909, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users48/issues43/items49", is_static: true, ids: [910, 910, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos53/stats16/repos29/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 911, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys35/items4", is_static: true, ids: [912, 912, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams19/api51", is_static: true, ids: [913, 913, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs22", is_static: true, ids: [u16::MAX, u16::MAX, 914, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats0", is_static: true, ids: [u16::MAX, u16::MAX, 915, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin39/{p1}/{p2}", is_static: false, ids: [916, 916, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls26/admin39/items45/admin23", is_static: true, ids: [u16::MAX, u16::MAX, 917, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys40", is_static: true, ids: [u16::MAX, u16::MAX, 918, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts22/files44/jobs13/v145", is_static: true, ids: [919, 919, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users13/{p1}/runs48/{p3}", is_static: false, ids: [920, 920, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls22/feeds56/files41/{p3}", is_static: false, ids: [921, 921, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls31/files22", is_static: true, ids: [922, 922, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys34/v22", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 923, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin29/orgs42/api5/keys12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 924, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs8/jobs54/orgs56", is_static: true, ids: [925, 925, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items20/posts0", is_static: true, ids: [926, 926, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v256/repos18/orgs29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 927, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos39", is_static: true, ids: [928, 928, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs3/pulls44/pulls8/orgs3", is_static: true, ids: [929, 929, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos25/repos6", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 930, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items5/pulls60/{p2}", is_static: false, ids: [931, 931, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs51/items1/v235", is_static: true, ids: [932, 932, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls19/issues10/tags35", is_static: true, ids: [933, 933, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin59/{p1}/items21", is_static: false, ids: [934, 934, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v229/issues59/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 935, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs4/users39", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 936, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats17/v156", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 937, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin57/orgs59/admin56", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 938, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats54", is_static: true, ids: [939, 939, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin34/repos3/runs3/items53/{*rest}", is_static: false, ids: [940, 940, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds13/jobs5/v156", is_static: true, ids: [941, 941, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys21/blobs33/{p2}/files28", is_static: false, ids: [942, 942, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls51", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 943, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files46/tags45", is_static: true, ids: [944, 944, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v232/files50/{p2}/repos25", is_static: false, ids: [945, 945, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds48/blobs31/{p2}/teams15", is_static: false, ids: [946, 946, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues44/jobs6/blobs9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 947, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items10/runs28/feeds14/repos6", is_static: true, ids: [948, 948, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues31/pulls27/repos14/orgs44", is_static: true, ids: [949, 949, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts5/users6/v27", is_static: true, ids: [951, 951, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api12/pulls50/admin2/items9", is_static: true, ids: [952, 952, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files25/{p1}", is_static: false, ids: [954, 954, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items48/{p1}/keys22", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 955, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs4", is_static: true, ids: [956, 956, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v160/users48/{p2}/api36", is_static: false, ids: [957, 957, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds10", is_static: true, ids: [958, 958, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams25/{p1}/v242", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 959, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls39/issues12/teams24/feeds17", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 960, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items14/runs14", is_static: true, ids: [u16::MAX, u16::MAX, 961, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users57/{p1}", is_static: false, ids: [962, 962, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags22/feeds12/blobs1", is_static: true, ids: [963, 963, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds24/{p1}", is_static: false, ids: [964, 964, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files12/issues1/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 965, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags12", is_static: true, ids: [966, 966, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs50/{p1}/stats11/pulls16", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 967, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys33/files42", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 968, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin41/{p1}/users29", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 969, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs53/users50/keys24/items60/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 970, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs56/teams45", is_static: true, ids: [u16::MAX, u16::MAX, 971, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds55/{p1}/tags30/items1", is_static: false, ids: [u16::MAX, u16::MAX, 972, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams36/jobs4", is_static: true, ids: [973, 973, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams46/{p1}", is_static: false, ids: [974, 974, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos53/{p1}/api34/blobs8", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 975, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs39/items36/users33/blobs21", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 976, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items49/{p1}", is_static: false, ids: [977, 977, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys5/files29/items6", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 978, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs27/feeds20/api32", is_static: true, ids: [979, 979, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags28/items56", is_static: true, ids: [u16::MAX, u16::MAX, 980, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs0", is_static: true, ids: [981, 981, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api29/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 982, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin41/feeds31", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 983, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api0/admin12/users60/orgs52", is_static: true, ids: [u16::MAX, u16::MAX, 984, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files42/runs38/stats53/{p3}", is_static: false, ids: [985, 985, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos30/v131", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 986, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues34", is_static: true, ids: [987, 987, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts0/keys28/users20/{p3}", is_static: false, ids: [988, 988, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs4/pulls27", is_static: true, ids: [989, 989, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys48/{p1}/api33/repos2", is_static: false, ids: [990, 990, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users21/v114/posts59/blobs14", is_static: true, ids: [991, 991, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags47/admin21", is_static: true, ids: [992, 992, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files17", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 993, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin37/keys37", is_static: true, ids: [994, 994, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v28/api16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 995, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts9/admin59/jobs19/tags53", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 996, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/teams38/v237/items32/api58", is_static: true, ids: [997, 997, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs58/jobs56/users35/feeds21", is_static: true, ids: [998, 998, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs56/runs12/tags48", is_static: true, ids: [999, 999, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v247/runs35/runs42/posts18", is_static: true, ids: [1000, 1000, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api20/teams55", is_static: true, ids: [1001, 1001, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1002, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api21/runs40/repos47/users18", is_static: true, ids: [1003, 1003, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs9/repos41/files8/pulls32", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1004, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs33/users22", is_static: true, ids: [1006, 1006, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files18/keys4/{p2}/stats33", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1007, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs47", is_static: true, ids: [1008, 1008, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs36", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1009, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs28", is_static: true, ids: [1010, 1010, 1154, u16::MAX, 1816, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST, DELETE" },
    Pattern { matchit: "/tags39", is_static: true, ids: [1011, 1011, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1012, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts1/v253/teams38", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1013, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs37/stats60", is_static: true, ids: [1014, 1014, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts1/v255/pulls14", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1015, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams41/keys32/pulls28/users10", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1016, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs55/keys26/{p2}/admin22", is_static: false, ids: [1017, 1017, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs56/api14/{p2}/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1018, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs23/stats33/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1019, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos34/{p1}", is_static: false, ids: [1020, 1020, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts57", is_static: true, ids: [1021, 1021, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files39/stats28/v112", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1022, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos52/{p1}/v230/items29", is_static: false, ids: [u16::MAX, u16::MAX, 1023, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts16/tags23/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1024, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api43/pulls11", is_static: true, ids: [1025, 1025, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds16/repos30", is_static: true, ids: [1026, 1026, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues36/feeds53/posts52/v27", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1027, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/jobs29/issues0/items44/posts31", is_static: true, ids: [1028, 1028, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs44/api57/{*rest}", is_static: false, ids: [1029, 1029, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v125/posts29/keys51", is_static: true, ids: [1030, 1030, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api43/pulls60/v112", is_static: true, ids: [1031, 1031, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds20/feeds53/{p2}/{*rest}", is_static: false, ids: [1032, 1032, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs55", is_static: true, ids: [1504, 1504, 1033, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/api18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1034, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/teams48/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1035, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs57/teams46", is_static: true, ids: [1036, 1036, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs20/runs38/blobs24/api0", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1037, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds11/{*rest}", is_static: false, ids: [1038, 1038, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags55/jobs42/v217/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1039, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/pulls21/runs36/orgs23", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1040, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds44/feeds18/{p2}/files48", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1041, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs2/v159/pulls14/pulls51", is_static: true, ids: [1042, 1042, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs51", is_static: true, ids: [1043, 1043, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs3/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1044, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users25/{p1}/tags11/teams10", is_static: false, ids: [1045, 1045, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos4", is_static: true, ids: [1046, 1046, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts33/runs54/feeds3", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1047, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v136/stats31/stats17/api38", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1048, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues20/tags15/v153/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1049, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos13/items10/runs34", is_static: true, ids: [1050, 1050, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files6/{p1}", is_static: false, ids: [1051, 1051, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags53/{p1}", is_static: false, ids: [1838, 1838, 1052, u16::MAX, 1847, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST, DELETE" },
    Pattern { matchit: "/posts24/posts12/posts4", is_static: true, ids: [1053, 1053, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs33/issues43/pulls46/files25", is_static: true, ids: [1054, 1054, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files36/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1055, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs35/blobs35/pulls32", is_static: true, ids: [1056, 1056, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys39", is_static: true, ids: [1057, 1057, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v154/v139", is_static: true, ids: [1058, 1058, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1059, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items2/issues3/v115", is_static: true, ids: [u16::MAX, u16::MAX, 1060, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users35/teams46/{p2}", is_static: false, ids: [1061, 1061, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs25/blobs9/blobs20", is_static: true, ids: [1062, 1062, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs3", is_static: true, ids: [1063, 1063, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users36/api25", is_static: true, ids: [1064, 1064, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin39/v227/runs5", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1065, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/posts30/admin55/teams10/admin33", is_static: true, ids: [u16::MAX, u16::MAX, 1066, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs26", is_static: true, ids: [1067, 1067, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues34/items11/files5/repos6", is_static: true, ids: [u16::MAX, u16::MAX, 1068, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs12", is_static: true, ids: [1069, 1069, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams39/api19/keys10/v241", is_static: true, ids: [1070, 1070, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users60/v232/teams60", is_static: true, ids: [1071, 1071, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs33/keys1/blobs47", is_static: true, ids: [1072, 1072, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files31/orgs35/api17/runs18", is_static: true, ids: [1073, 1073, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items7/orgs8/{*rest}", is_static: false, ids: [1074, 1074, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos28/pulls3", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1075, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files46/{p1}/jobs54", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1076, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys28/repos8/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1077, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api12/issues36/keys39", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1078, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds9", is_static: true, ids: [u16::MAX, u16::MAX, 1079, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats0/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1080, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/teams36/items24/feeds28", is_static: true, ids: [1081, 1081, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1082, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v222/runs45/admin7", is_static: true, ids: [1083, 1083, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats33/{p1}/{p2}/tags26", is_static: false, ids: [1084, 1084, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items48/repos20/stats23", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1085, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos13/files25/v235", is_static: true, ids: [1086, 1086, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys41", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1087, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users49/items13/items21", is_static: true, ids: [1088, 1088, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items8/{p1}/orgs56", is_static: false, ids: [1089, 1089, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files1/teams53/stats44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1090, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs41", is_static: true, ids: [1091, 1091, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts5/orgs3/blobs53/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1092, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs14/{p1}/items32", is_static: false, ids: [1093, 1093, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api47/teams24/blobs21/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1095, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin45/{p1}/v124/orgs17", is_static: false, ids: [1096, 1096, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos5/blobs14/runs48", is_static: true, ids: [u16::MAX, u16::MAX, 1097, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v214/{p1}/v234", is_static: false, ids: [1098, 1098, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v24/v225/repos54", is_static: true, ids: [1099, 1099, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys57/tags11", is_static: true, ids: [1100, 1100, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams19/pulls47/files56", is_static: true, ids: [u16::MAX, u16::MAX, 1101, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats53/users0", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1102, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items2/pulls1/keys2/posts14", is_static: true, ids: [1103, 1103, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs31/repos25/tags47", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1104, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues1/v19/api2", is_static: true, ids: [1105, 1105, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds12/{p1}", is_static: false, ids: [1106, 1106, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls43/admin23/{p2}/api0", is_static: false, ids: [1107, 1107, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts14/pulls34", is_static: true, ids: [1108, 1108, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos37/api13/items2/files3", is_static: true, ids: [1109, 1109, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items21/v249/teams9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1110, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues16/{p1}/{p2}/keys24", is_static: false, ids: [u16::MAX, u16::MAX, 1111, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs2/users28/pulls1/v10", is_static: true, ids: [1112, 1112, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds26/admin19", is_static: true, ids: [1113, 1113, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1114, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v259/users6", is_static: true, ids: [u16::MAX, u16::MAX, 1115, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items6/v221/{p2}/runs54", is_static: false, ids: [1116, 1116, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1117, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files30", is_static: true, ids: [1118, 1118, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin9/pulls20/issues10", is_static: true, ids: [1119, 1119, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1120, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items51/jobs46", is_static: true, ids: [1121, 1121, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users37", is_static: true, ids: [1122, 1122, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues34/stats19/teams20", is_static: true, ids: [1123, 1123, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items7", is_static: true, ids: [1124, 1124, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts7/v221/{p2}/blobs59", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1125, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues15/{p1}/{p2}", is_static: false, ids: [1126, 1126, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams25", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1127, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin30/users29/feeds40/tags3", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1128, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items46/keys58/items49", is_static: true, ids: [1129, 1129, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs2", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1130, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v251/files40/issues60/stats41", is_static: true, ids: [1131, 1131, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos26", is_static: true, ids: [u16::MAX, u16::MAX, 1132, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files31/users53", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1133, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats4", is_static: true, ids: [u16::MAX, u16::MAX, 1134, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api50/{p1}/keys18/issues18", is_static: false, ids: [1135, 1135, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats36/v150/orgs1/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1136, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags59/{p1}/api44/feeds50", is_static: false, ids: [1137, 1137, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api31/items47", is_static: true, ids: [1138, 1138, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items28", is_static: true, ids: [u16::MAX, u16::MAX, 1139, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys8/feeds23/{*rest}", is_static: false, ids: [1140, 1140, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs26/runs35", is_static: true, ids: [1141, 1141, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api20/{p1}/orgs40", is_static: false, ids: [1142, 1142, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos60/posts13/feeds44/feeds55", is_static: true, ids: [1143, 1143, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues38/admin23/{p2}/pulls19", is_static: false, ids: [1144, 1144, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs53", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1145, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags16/stats34/{p2}/files50", is_static: false, ids: [1146, 1146, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs6/keys25/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1147, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items13", is_static: true, ids: [1148, 1148, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin8/{p1}/keys45", is_static: false, ids: [u16::MAX, u16::MAX, 1149, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds12/issues49/issues8/admin39", is_static: true, ids: [1150, 1150, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues28/keys35", is_static: true, ids: [1151, 1151, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts39/pulls2/{*rest}", is_static: false, ids: [1152, 1152, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts27/pulls37/repos23", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1153, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin22", is_static: true, ids: [1155, 1155, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v143/orgs60", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1156, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v148/api32/keys4", is_static: true, ids: [u16::MAX, u16::MAX, 1158, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues41/posts40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1159, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts25/jobs60", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1160, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos28/posts43/pulls27", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1161, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags60", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1162, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags25/teams17", is_static: true, ids: [u16::MAX, u16::MAX, 1163, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api47/files37/admin33", is_static: true, ids: [1164, 1164, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos17", is_static: true, ids: [1165, 1165, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs15/api56/{p2}", is_static: false, ids: [1166, 1166, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls59/tags39", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1167, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags4/repos18/keys33/files24", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1168, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/pulls21/blobs26/api21/tags45", is_static: true, ids: [u16::MAX, u16::MAX, 1169, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats7", is_static: true, ids: [1170, 1170, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags25/{p1}/users0/api6", is_static: false, ids: [1171, 1171, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts47/pulls2/{p2}/v144", is_static: false, ids: [1172, 1172, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs45/stats12", is_static: true, ids: [1173, 1173, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds32", is_static: true, ids: [1174, 1174, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs13/feeds44", is_static: true, ids: [1175, 1175, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users34/teams52/jobs52/{p3}", is_static: false, ids: [1176, 1176, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats39/files30/{p2}", is_static: false, ids: [1177, 1177, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams11/stats32/v129/feeds50", is_static: true, ids: [u16::MAX, u16::MAX, 1178, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api6/teams25", is_static: true, ids: [1179, 1179, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys8/v128", is_static: true, ids: [1180, 1180, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files50", is_static: true, ids: [1181, 1181, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos49/files17", is_static: true, ids: [1182, 1182, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items41", is_static: true, ids: [1183, 1183, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v28/admin38", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1184, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v113", is_static: true, ids: [1185, 1185, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos54/tags40/teams46", is_static: true, ids: [1186, 1186, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api32/{p1}", is_static: false, ids: [1187, 1187, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys27/stats13/posts14", is_static: true, ids: [1188, 1188, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs7", is_static: true, ids: [1189, 1189, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts41/jobs4/posts10/feeds44", is_static: true, ids: [1190, 1190, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items4/jobs14/jobs4/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 1191, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds26", is_static: true, ids: [1192, 1192, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs27/issues56/items33", is_static: true, ids: [1193, 1193, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams30/keys8", is_static: true, ids: [1194, 1194, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users9", is_static: true, ids: [u16::MAX, u16::MAX, 1195, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos45/feeds7/{p2}/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1196, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users52", is_static: true, ids: [1197, 1197, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs8/users40/jobs13/api11", is_static: true, ids: [u16::MAX, u16::MAX, 1198, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items11/v16/feeds52", is_static: true, ids: [1199, 1199, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api33/{p1}/{p2}", is_static: false, ids: [1200, 1200, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats11/runs19/tags34", is_static: true, ids: [u16::MAX, u16::MAX, 1201, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files50/{p1}", is_static: false, ids: [1202, 1202, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files8/tags2/repos47/stats24", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1203, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues51/jobs29/keys22", is_static: true, ids: [u16::MAX, u16::MAX, 1205, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues27/users56/keys8/v150", is_static: true, ids: [1206, 1206, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items31", is_static: true, ids: [1207, 1207, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items51", is_static: true, ids: [1248, 1248, u16::MAX, u16::MAX, 1208, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, DELETE" },
    Pattern { matchit: "/items27", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1209, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls12/stats13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1210, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys24/{p1}/stats48", is_static: false, ids: [u16::MAX, u16::MAX, 1211, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls43/tags36/{p2}", is_static: false, ids: [1212, 1212, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v132", is_static: true, ids: [1213, 1213, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds4", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1214, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users23/{p1}", is_static: false, ids: [1215, 1215, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v131/api18", is_static: true, ids: [1216, 1216, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls3/v136/teams1/runs28", is_static: true, ids: [1217, 1217, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats19/runs8/pulls57/posts57", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1218, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts52/posts48/jobs25/v245", is_static: true, ids: [1219, 1219, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues13", is_static: true, ids: [1220, 1220, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users35/files19/teams26/{*rest}", is_static: false, ids: [1221, 1221, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v140/stats25/posts52/repos13", is_static: true, ids: [u16::MAX, u16::MAX, 1222, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin40/v235/stats4/{p3}", is_static: false, ids: [1223, 1223, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags35/runs8", is_static: true, ids: [u16::MAX, u16::MAX, 1224, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags43/{*rest}", is_static: false, ids: [1225, 1225, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts18/{p1}/v257/repos19", is_static: false, ids: [1226, 1226, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys31/teams14", is_static: true, ids: [1227, 1227, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams40", is_static: true, ids: [1228, 1228, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files1/files50/blobs40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1229, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v217/stats2/keys53", is_static: true, ids: [1230, 1230, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams6", is_static: true, ids: [u16::MAX, u16::MAX, 1231, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats37/{p1}/posts50", is_static: false, ids: [u16::MAX, u16::MAX, 1232, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v217/teams13", is_static: true, ids: [1233, 1233, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys10", is_static: true, ids: [1234, 1234, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys27/teams42/users59", is_static: true, ids: [1235, 1235, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos30/issues22/{p2}/files28/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1236, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags47/v241/files19", is_static: true, ids: [u16::MAX, u16::MAX, 1237, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams8/teams17", is_static: true, ids: [1238, 1238, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v255/blobs51/admin35", is_static: true, ids: [1239, 1239, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v17/tags55/tags10", is_static: true, ids: [1240, 1240, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags52/tags34/users27/items16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1241, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs24/{p1}/files52", is_static: false, ids: [u16::MAX, u16::MAX, 1242, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs20/{p1}/admin29/keys40", is_static: false, ids: [u16::MAX, u16::MAX, 1243, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts39/posts9/stats44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1244, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api11/users39/posts9/admin41", is_static: true, ids: [1245, 1245, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs53/files4/users4", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1246, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v27/runs25/jobs37", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1247, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos33/issues46/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1249, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs2", is_static: true, ids: [1250, 1250, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues31", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1251, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs19/tags45/blobs55/blobs9", is_static: true, ids: [1252, 1252, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls50", is_static: true, ids: [1253, 1253, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users49/files37/blobs8", is_static: true, ids: [1254, 1254, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v212/{p1}/{p2}/users44", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1255, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs42/runs59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1256, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs11/orgs45", is_static: true, ids: [1257, 1257, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items24/jobs39", is_static: true, ids: [1258, 1258, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin4", is_static: true, ids: [1259, 1259, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos57/users11/feeds1", is_static: true, ids: [1260, 1260, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls53/items26", is_static: true, ids: [1261, 1261, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs18/pulls54", is_static: true, ids: [1262, 1262, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files18/teams59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1263, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys51/{p1}/{p2}/issues7", is_static: false, ids: [1264, 1264, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues12/teams0/keys29/teams58", is_static: true, ids: [1265, 1265, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs49/jobs50/{p2}/feeds35", is_static: false, ids: [1266, 1266, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues9/jobs58/api58/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 1267, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api51/api25/v229/{p3}", is_static: false, ids: [1268, 1268, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues52/v132/blobs46/{p3}", is_static: false, ids: [1269, 1269, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys40/{p1}/{*rest}", is_static: false, ids: [1270, 1270, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats37/issues34/files49/feeds46", is_static: true, ids: [u16::MAX, u16::MAX, 1271, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users21/v251/blobs49", is_static: true, ids: [1272, 1272, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls34/admin26", is_static: true, ids: [1273, 1273, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users44/v150/pulls49", is_static: true, ids: [1274, 1274, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api5/orgs7/jobs35/orgs55/{*rest}", is_static: false, ids: [1275, 1275, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs5/stats55/stats29/jobs46", is_static: true, ids: [1276, 1276, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys6/items20/issues43/stats29", is_static: true, ids: [1277, 1277, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v236/teams5/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1278, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v26", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1279, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v110/runs3/repos24/repos47", is_static: true, ids: [1280, 1280, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos50/{*rest}", is_static: false, ids: [1282, 1282, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs29/v129/blobs36/users52", is_static: true, ids: [1283, 1283, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users21", is_static: true, ids: [1284, 1284, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags12/runs25/blobs38/issues19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1285, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/posts28/v235/teams22", is_static: true, ids: [1286, 1286, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items50/tags18/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1287, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags47/tags30", is_static: true, ids: [1288, 1288, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs36", is_static: true, ids: [1289, 1289, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api37/stats22/issues26", is_static: true, ids: [1290, 1290, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls53/pulls52", is_static: true, ids: [1291, 1291, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams1/posts3/files36", is_static: true, ids: [u16::MAX, u16::MAX, 1292, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats36/blobs31", is_static: true, ids: [1293, 1293, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds58/{p1}/issues20/teams41", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1294, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos10", is_static: true, ids: [1295, 1295, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs43", is_static: true, ids: [1296, 1296, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs54/{p1}/runs59/posts13/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 1297, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats30/blobs31/admin57", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1298, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos47/v122/{p2}/teams60", is_static: false, ids: [1299, 1299, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams12", is_static: true, ids: [1300, 1300, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs5/teams20/items28/{p3}", is_static: false, ids: [1301, 1301, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls26/api32", is_static: true, ids: [1302, 1302, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags42/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1303, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues19", is_static: true, ids: [1304, 1304, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v140/users7/v228/repos31", is_static: true, ids: [1305, 1305, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams21/teams29/issues40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1306, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts5/jobs5/users11", is_static: true, ids: [1307, 1307, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos36/stats0/orgs29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1308, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin27/pulls50/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1309, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds29", is_static: true, ids: [u16::MAX, u16::MAX, 1310, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files32/posts44/{p2}/runs57", is_static: false, ids: [1311, 1311, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items14/keys47", is_static: true, ids: [1312, 1312, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams1/users46/items7", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1313, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds33/keys18", is_static: true, ids: [1314, 1314, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls58/blobs8", is_static: true, ids: [u16::MAX, u16::MAX, 1315, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats55", is_static: true, ids: [u16::MAX, u16::MAX, 1316, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls30", is_static: true, ids: [1317, 1317, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags26/issues8", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1318, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys3", is_static: true, ids: [1319, 1319, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs8/v131", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1320, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs7", is_static: true, ids: [1555, 1555, 1321, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, POST" },
    Pattern { matchit: "/api6/pulls32/keys52", is_static: true, ids: [1322, 1322, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues11/runs7/blobs33/feeds59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1323, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v112/posts40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1324, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/pulls47/admin26/pulls55/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1325, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs13/{p1}/users29/repos34", is_static: false, ids: [1326, 1326, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds47/stats25/blobs37/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1327, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api48/items34/{p2}/files35", is_static: false, ids: [u16::MAX, u16::MAX, 1328, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams53/feeds5/users31/jobs55", is_static: true, ids: [1329, 1329, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts4/issues28/users42", is_static: true, ids: [u16::MAX, u16::MAX, 1330, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v258/{p1}/users37/repos3", is_static: false, ids: [1331, 1331, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs10", is_static: true, ids: [1332, 1332, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams29/items9/v12/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 1333, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds15/tags37/feeds14/{p3}", is_static: false, ids: [1334, 1334, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos8/{p1}/admin55/users5", is_static: false, ids: [1335, 1335, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v254/issues59", is_static: true, ids: [1336, 1336, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs52/stats57/posts21", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1337, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v142/{p1}/blobs24/tags44", is_static: false, ids: [u16::MAX, u16::MAX, 1338, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin45/issues29", is_static: true, ids: [1339, 1339, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues30/teams55/{p2}/admin4", is_static: false, ids: [1340, 1340, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items2", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1341, 1727, u16::MAX, u16::MAX, u16::MAX], allow: "PUT, DELETE" },
    Pattern { matchit: "/pulls29/pulls23/issues36", is_static: true, ids: [1342, 1342, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts33/items33/blobs54/tags31", is_static: true, ids: [1343, 1343, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds49/issues29", is_static: true, ids: [u16::MAX, u16::MAX, 1344, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs17", is_static: true, ids: [u16::MAX, u16::MAX, 1345, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys48/v147", is_static: true, ids: [1346, 1346, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats52/keys13/users48", is_static: true, ids: [u16::MAX, u16::MAX, 1347, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files37/teams45", is_static: true, ids: [1348, 1348, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files42", is_static: true, ids: [u16::MAX, u16::MAX, 1349, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues19/repos1/{p2}/{p3}", is_static: false, ids: [1350, 1350, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items32/teams58/{p2}/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1351, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files24/{p1}/tags31/runs24", is_static: false, ids: [1352, 1352, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys47/orgs14/tags12/v225", is_static: true, ids: [1353, 1353, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs17/{p1}/{p2}", is_static: false, ids: [1354, 1354, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin21/jobs55", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1355, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/posts11", is_static: true, ids: [u16::MAX, u16::MAX, 1356, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs5", is_static: true, ids: [1357, 1357, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs19/teams1/jobs42", is_static: true, ids: [1358, 1358, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos52/items40", is_static: true, ids: [1359, 1359, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues45/repos39", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1360, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags30/posts47/blobs11/admin38", is_static: true, ids: [1361, 1361, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin8/blobs17/v213", is_static: true, ids: [1362, 1362, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags30/files13/runs22/{p3}", is_static: false, ids: [1363, 1363, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues21/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1364, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls48/feeds40", is_static: true, ids: [u16::MAX, u16::MAX, 1365, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs25/tags52", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1366, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos22/v15/runs7", is_static: true, ids: [1367, 1367, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs42/pulls42", is_static: true, ids: [1368, 1368, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items22/files37/orgs31/users46", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1369, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams10", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1370, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/jobs17/jobs52/{p2}/keys54", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1371, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v151/admin20", is_static: true, ids: [u16::MAX, u16::MAX, 1372, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds49", is_static: true, ids: [1373, 1373, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats35", is_static: true, ids: [u16::MAX, u16::MAX, 1374, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts55/jobs8", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1375, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs28", is_static: true, ids: [1376, 1376, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls50/blobs29", is_static: true, ids: [u16::MAX, u16::MAX, 1377, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams51/runs43/files3/jobs25", is_static: true, ids: [1378, 1378, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs30", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1738, 1379, u16::MAX, u16::MAX, u16::MAX], allow: "PUT, DELETE" },
    Pattern { matchit: "/v27/tags17/posts30/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 1380, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v252/blobs22/admin44/v243", is_static: true, ids: [1381, 1381, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds18/posts28/{*rest}", is_static: false, ids: [1382, 1382, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api28/{p1}/keys30/v228", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1383, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs33/api34/keys3", is_static: true, ids: [1384, 1384, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs20/users1/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 1385, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files18/orgs3/issues53", is_static: true, ids: [1386, 1386, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls6/items3/posts60", is_static: true, ids: [u16::MAX, u16::MAX, 1387, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats35/stats57/repos33/v223", is_static: true, ids: [1388, 1388, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin46", is_static: true, ids: [u16::MAX, u16::MAX, 1390, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts0/{p1}/feeds25/v237", is_static: false, ids: [1391, 1391, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs22/feeds19/runs3/tags44", is_static: true, ids: [1392, 1392, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items38", is_static: true, ids: [u16::MAX, u16::MAX, 1393, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys51", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1394, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/jobs46/jobs9/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1395, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs7/posts11/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1396, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls12/runs58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1397, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v157/admin45/issues10/users34/{*rest}", is_static: false, ids: [1398, 1398, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts13", is_static: true, ids: [1399, 1399, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs51", is_static: true, ids: [1400, 1400, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls29/{p1}/stats9/blobs16", is_static: false, ids: [1401, 1401, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api0/{p1}", is_static: false, ids: [1402, 1402, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files26/posts44/repos43", is_static: true, ids: [1403, 1403, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts28/{p1}/files45", is_static: false, ids: [1404, 1404, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users5/v139/users10", is_static: true, ids: [1405, 1405, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs47/keys57/stats46/admin45", is_static: true, ids: [1406, 1406, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos43", is_static: true, ids: [u16::MAX, u16::MAX, 1407, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues51/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1408, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags55", is_static: true, ids: [1409, 1409, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos33/teams36", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1410, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues3", is_static: true, ids: [u16::MAX, u16::MAX, 1411, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items3", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1412, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats8/{p1}/{p2}", is_static: false, ids: [1413, 1413, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs40/repos27/{p2}", is_static: false, ids: [1414, 1414, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs60", is_static: true, ids: [1416, 1416, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds46/orgs20/teams37/v23", is_static: true, ids: [1417, 1417, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs20/{p1}/api16", is_static: false, ids: [1418, 1418, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v242/keys57/repos25/api42", is_static: true, ids: [1419, 1419, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos26/issues4", is_static: true, ids: [1420, 1420, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys59/{p1}/users15/posts43", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1421, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams52/runs1/{p2}/{p3}/{*rest}", is_static: false, ids: [1422, 1422, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls48", is_static: true, ids: [u16::MAX, u16::MAX, 1423, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts28", is_static: true, ids: [1424, 1424, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs23/blobs55/users55/teams58", is_static: true, ids: [1425, 1425, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs7/repos33/files39/v121", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1426, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats21/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1427, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos23/items59/teams47", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1428, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs45/{p1}", is_static: false, ids: [1429, 1429, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos32/pulls55", is_static: true, ids: [1430, 1430, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys10/v150/posts25", is_static: true, ids: [1431, 1431, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files18/feeds22/feeds15/repos27", is_static: true, ids: [u16::MAX, u16::MAX, 1433, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs36/items58/{*rest}", is_static: false, ids: [1434, 1434, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs10/posts58/feeds26/items0", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1435, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats28", is_static: true, ids: [1436, 1436, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin54/runs26/v140", is_static: true, ids: [1437, 1437, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v253/{p1}", is_static: false, ids: [1438, 1438, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users24/runs52/api41/jobs13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1439, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v122/tags12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1440, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds46/{p1}/posts23/admin14", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1441, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users22/files2", is_static: true, ids: [1442, 1442, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v130/repos51", is_static: true, ids: [1443, 1443, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues53/{p1}/items26", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1444, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs22/posts54/repos20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1445, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls19/issues2", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1446, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos53/v142/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1447, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys10/orgs13/api23/pulls37", is_static: true, ids: [1448, 1448, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys28/v253/{p2}/runs21", is_static: false, ids: [u16::MAX, u16::MAX, 1449, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos8/v112/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 1450, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams41/users59", is_static: true, ids: [1451, 1451, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs13/pulls40/orgs58", is_static: true, ids: [1452, 1452, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams32/stats8/stats6", is_static: true, ids: [1453, 1453, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys20/jobs48/v252", is_static: true, ids: [1454, 1454, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users7/posts46/posts28/{p3}/{*rest}", is_static: false, ids: [1455, 1455, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files4/jobs11/feeds54", is_static: true, ids: [1456, 1456, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files54/{p1}/{p2}/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1457, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/jobs21/files24/admin43", is_static: true, ids: [1458, 1458, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files33/tags26/v150", is_static: true, ids: [1459, 1459, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos17/jobs4", is_static: true, ids: [1460, 1460, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs11/pulls30/pulls11", is_static: true, ids: [1461, 1461, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v213/api21", is_static: true, ids: [1462, 1462, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api42/files15", is_static: true, ids: [1463, 1463, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs50/posts35/{p2}/repos34", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1464, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags45", is_static: true, ids: [1465, 1465, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds53/items32/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1466, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files33/users36/{p2}/admin14", is_static: false, ids: [1467, 1467, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files46/feeds13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1468, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys45/jobs39/jobs42", is_static: true, ids: [u16::MAX, u16::MAX, 1469, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api6/items45/pulls3", is_static: true, ids: [1470, 1470, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items22/admin42", is_static: true, ids: [u16::MAX, u16::MAX, 1471, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin22/{p1}/v231", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1472, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items54/admin34/items1", is_static: true, ids: [1473, 1473, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v228/{p1}", is_static: false, ids: [1474, 1474, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users25/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 1475, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags10/issues17/v248", is_static: true, ids: [1476, 1476, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds58/{p1}/files36/pulls8", is_static: false, ids: [u16::MAX, u16::MAX, 1477, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v125/stats43/pulls58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1478, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v17", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1479, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1480, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams37/repos17/v247", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1481, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys52/items29/blobs23", is_static: true, ids: [1482, 1482, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs32/issues51/tags52/stats40", is_static: true, ids: [1483, 1483, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags28/api20/files28", is_static: true, ids: [u16::MAX, u16::MAX, 1484, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs35/pulls26", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1485, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin32", is_static: true, ids: [u16::MAX, u16::MAX, 1486, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api31/pulls54/{p2}", is_static: false, ids: [1487, 1487, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs47", is_static: true, ids: [1488, 1488, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys22/jobs29/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1489, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin20/blobs11/tags7", is_static: true, ids: [1490, 1490, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs60/repos1/{p2}/api36", is_static: false, ids: [1491, 1491, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams10/{p1}/v147/runs22", is_static: false, ids: [u16::MAX, u16::MAX, 1492, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams54/feeds19/keys11", is_static: true, ids: [u16::MAX, u16::MAX, 1493, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users13/issues36/feeds33", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1494, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags1/issues29/items16/api39", is_static: true, ids: [u16::MAX, u16::MAX, 1495, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v226/admin4/api35", is_static: true, ids: [1496, 1496, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys47/blobs34", is_static: true, ids: [1497, 1497, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos17/posts36/pulls8/items14", is_static: true, ids: [1498, 1498, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files13/{p1}/tags53/admin3", is_static: false, ids: [u16::MAX, u16::MAX, 1499, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items20/api37/items44", is_static: true, ids: [1500, 1500, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts30/api23/posts10", is_static: true, ids: [1501, 1501, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts30/files0/{*rest}", is_static: false, ids: [1502, 1502, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api51", is_static: true, ids: [1503, 1503, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs38/posts50/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1505, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos31/admin59", is_static: true, ids: [u16::MAX, u16::MAX, 1506, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues37/{p1}/issues15/jobs18", is_static: false, ids: [1507, 1507, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs24/api30", is_static: true, ids: [1508, 1508, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats29/tags50", is_static: true, ids: [1509, 1509, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds12/teams5", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1510, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds12", is_static: true, ids: [1511, 1511, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api45/v243", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1512, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v13/blobs24/orgs15/admin38", is_static: true, ids: [1513, 1513, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags45/repos49/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1514, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs18/v139", is_static: true, ids: [1515, 1515, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags50/{p1}/v235/tags49", is_static: false, ids: [u16::MAX, u16::MAX, 1516, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin57/v21/tags30", is_static: true, ids: [1517, 1517, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos13/blobs13/keys48", is_static: true, ids: [1518, 1518, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls4/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1519, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos34/v238/teams29", is_static: true, ids: [1520, 1520, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds57/jobs16/{p2}/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 1521, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts33/api58/items28", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1522, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users42", is_static: true, ids: [1523, 1523, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api3/tags3", is_static: true, ids: [u16::MAX, u16::MAX, 1524, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds20/v255", is_static: true, ids: [1525, 1525, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs39/users1", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1526, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues28/blobs20/v26/{p3}", is_static: false, ids: [1527, 1527, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs49/runs29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1528, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs56/{p1}/tags15/runs39", is_static: false, ids: [1529, 1529, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin40/admin8/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1530, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls20/tags28/items14", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1531, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin46/api2", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1532, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files52/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1533, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api35/repos5", is_static: true, ids: [u16::MAX, u16::MAX, 1534, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos38", is_static: true, ids: [1535, 1535, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs21/items48/pulls2", is_static: true, ids: [1536, 1536, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items22/v28", is_static: true, ids: [1537, 1537, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items38/{p1}", is_static: false, ids: [1538, 1538, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin42/posts26/{p2}/api2", is_static: false, ids: [1539, 1539, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs9/pulls19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1540, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin6/jobs51/v142/files1", is_static: true, ids: [1541, 1541, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues48", is_static: true, ids: [1542, 1542, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api48/keys23", is_static: true, ids: [1543, 1543, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs43/admin27/teams53/tags15", is_static: true, ids: [1544, 1544, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues57/tags37/orgs36/{p3}", is_static: false, ids: [1546, 1546, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds45/admin23", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1547, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs48", is_static: true, ids: [u16::MAX, u16::MAX, 1548, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api58/teams41/{p2}/tags49", is_static: false, ids: [1549, 1549, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos49/admin4/pulls19/posts5", is_static: true, ids: [1550, 1550, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts10/teams37", is_static: true, ids: [1551, 1551, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls57/{*rest}", is_static: false, ids: [1552, 1552, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v259/v146/items42", is_static: true, ids: [1553, 1553, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files7/pulls48/v154", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1554, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs44/keys18/v255", is_static: true, ids: [1556, 1556, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin59/feeds24", is_static: true, ids: [u16::MAX, u16::MAX, 1557, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs38", is_static: true, ids: [1558, 1558, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs19/teams49/orgs40/feeds3", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1559, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys2/{p1}/blobs19", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1560, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds15/stats21/teams37", is_static: true, ids: [u16::MAX, u16::MAX, 1561, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls22/files8", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1562, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys37/posts12/{p2}/{p3}", is_static: false, ids: [1563, 1563, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos9/v110/stats2/v246", is_static: true, ids: [1564, 1564, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api39/{p1}", is_static: false, ids: [1565, 1565, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys32/repos42", is_static: true, ids: [1566, 1566, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues13/v127/files55", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1567, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/posts40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1568, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds37/files16/files38", is_static: true, ids: [1569, 1569, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs28/v216/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1570, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats17/repos25/{p2}/feeds3", is_static: false, ids: [1571, 1571, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v133/posts36", is_static: true, ids: [1572, 1572, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files18/api26", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1573, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys11/orgs47", is_static: true, ids: [1574, 1574, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs10/issues24", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1575, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files7/pulls6/keys20/feeds12", is_static: true, ids: [1576, 1576, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items13/orgs17/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1577, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos49/users22/{p2}/{p3}", is_static: false, ids: [1578, 1578, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues49/posts43", is_static: true, ids: [1579, 1579, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v239/issues20", is_static: true, ids: [u16::MAX, u16::MAX, 1580, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items57/keys8", is_static: true, ids: [1581, 1581, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags40/stats49/issues4/users9", is_static: true, ids: [1582, 1582, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v156/v25/v210/pulls26", is_static: true, ids: [1583, 1583, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs39/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1584, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds55/issues59/users19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1585, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/api56/jobs42/api58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1586, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos19/repos10", is_static: true, ids: [1587, 1587, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys9/blobs55/v245", is_static: true, ids: [1588, 1588, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users48/stats23/teams57", is_static: true, ids: [1589, 1589, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs34", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1590, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs8", is_static: true, ids: [1591, 1591, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos4/tags32/{*rest}", is_static: false, ids: [1592, 1592, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users54/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1593, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files7/api9/files59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1594, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats9/stats1/pulls1", is_static: true, ids: [u16::MAX, u16::MAX, 1595, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls17/v146", is_static: true, ids: [1596, 1596, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v18/items19/{p2}/runs57", is_static: false, ids: [1597, 1597, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats17/repos60/jobs16/{p3}", is_static: false, ids: [1598, 1598, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds19/feeds47/orgs48", is_static: true, ids: [1599, 1599, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos12/keys45/{p2}", is_static: false, ids: [1600, 1600, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos33/v123", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1601, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v232/items38/orgs4", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1602, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos57/{p1}/orgs37/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1603, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users14/posts30/users29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1604, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds3/{p1}/v148/blobs21", is_static: false, ids: [1605, 1605, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items28/{p1}/tags51", is_static: false, ids: [1606, 1606, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin9/blobs48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1607, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users49", is_static: true, ids: [1608, 1608, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts34/posts59", is_static: true, ids: [1609, 1609, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues59", is_static: true, ids: [1610, 1610, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys17", is_static: true, ids: [u16::MAX, u16::MAX, 1611, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos53/pulls38/stats20", is_static: true, ids: [1612, 1612, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags0/admin20", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1613, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls4", is_static: true, ids: [u16::MAX, u16::MAX, 1614, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos16/api6/issues48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1615, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin36/{p1}/posts42/teams55", is_static: false, ids: [1616, 1616, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds23/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1617, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos8/teams44/repos56/{p3}", is_static: false, ids: [1618, 1618, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos45/stats51/posts11", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1619, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/runs6", is_static: true, ids: [1621, 1621, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin9/{p1}", is_static: false, ids: [1622, 1622, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts35/blobs9", is_static: true, ids: [1623, 1623, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs32/items1/feeds14", is_static: true, ids: [1624, 1624, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api3/runs43/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 1625, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos24/{p1}/{p2}", is_static: false, ids: [1626, 1626, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams27", is_static: true, ids: [u16::MAX, u16::MAX, 1627, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v128/files38/users33", is_static: true, ids: [1628, 1628, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys55", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1629, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues28/items36", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1630, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds37/stats6/v138/pulls4", is_static: true, ids: [u16::MAX, u16::MAX, 1631, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams53/jobs20/feeds48/{p3}", is_static: false, ids: [1632, 1632, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files24/files31/posts29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1633, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v120/{p1}/{p2}", is_static: false, ids: [1634, 1634, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v245/tags49/issues50/runs16", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1635, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs14/{p1}/v252", is_static: false, ids: [1636, 1636, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds30/{p1}/items57", is_static: false, ids: [1637, 1637, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos58/keys1/blobs36/api14", is_static: true, ids: [1638, 1638, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files10/blobs22/{p2}", is_static: false, ids: [1639, 1639, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds42/{p1}/{p2}", is_static: false, ids: [1641, 1641, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api57/tags54/pulls0", is_static: true, ids: [1642, 1642, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls51/teams23", is_static: true, ids: [1643, 1643, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v113/stats31/api60", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1644, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files46/tags23/blobs59/api18", is_static: true, ids: [u16::MAX, u16::MAX, 1645, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats60", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1646, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v251/users5/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1647, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v125/{p1}/users1", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1648, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs48/api20/posts45/issues6", is_static: true, ids: [1649, 1649, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs11/v12", is_static: true, ids: [u16::MAX, u16::MAX, 1650, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds51/admin56/orgs39/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1651, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues39/admin20/jobs39/users52", is_static: true, ids: [1652, 1652, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin12/{p1}", is_static: false, ids: [1653, 1653, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files55", is_static: true, ids: [1654, 1654, u16::MAX, 1811, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/runs57/{p1}/admin21", is_static: false, ids: [u16::MAX, u16::MAX, 1655, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api54/teams23/orgs10/users17", is_static: true, ids: [u16::MAX, u16::MAX, 1656, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds37/{p1}", is_static: false, ids: [1657, 1657, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs48", is_static: true, ids: [1658, 1658, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v232/{p1}/admin42", is_static: false, ids: [u16::MAX, u16::MAX, 1659, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files29/users55/runs8/pulls56", is_static: true, ids: [1660, 1660, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files18/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1661, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1662, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/feeds40/pulls29/stats41/api1", is_static: true, ids: [u16::MAX, u16::MAX, 1663, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs7/jobs47/{p2}/files4", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1664, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin6", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1665, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs19", is_static: true, ids: [1929, 1929, u16::MAX, 1666, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD, PUT" },
    Pattern { matchit: "/tags18", is_static: true, ids: [u16::MAX, u16::MAX, 1667, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts60/api11", is_static: true, ids: [1668, 1668, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v19/{p1}/posts26", is_static: false, ids: [u16::MAX, u16::MAX, 1669, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs13/tags34/pulls21", is_static: true, ids: [1670, 1670, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys0/feeds3", is_static: true, ids: [u16::MAX, u16::MAX, 1671, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/repos21/feeds13/items12", is_static: true, ids: [1672, 1672, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags52", is_static: true, ids: [u16::MAX, u16::MAX, 1673, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users46/repos13/v123", is_static: true, ids: [1674, 1674, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs27", is_static: true, ids: [1675, 1675, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v139/tags17/admin35/teams51", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1676, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v217/feeds54/{p2}/blobs13", is_static: false, ids: [u16::MAX, u16::MAX, 1677, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files43/issues18/pulls24/api38", is_static: true, ids: [1678, 1678, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v151/{p1}/repos16/issues6", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1679, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/files54/orgs20/teams22", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1680, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v233/pulls4/{p2}/v10", is_static: false, ids: [1681, 1681, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues48/issues34/{p2}", is_static: false, ids: [1682, 1682, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs19/files1/v246/v229", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1683, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls48/posts6/files49", is_static: true, ids: [1684, 1684, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls45", is_static: true, ids: [1685, 1685, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys0", is_static: true, ids: [1686, 1686, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs37/api55/posts22", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1687, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams54/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1688, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users3/users11/users10/v252", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1689, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos59", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1690, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls2/issues2", is_static: true, ids: [1691, 1691, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items16/issues3", is_static: true, ids: [1692, 1692, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds53", is_static: true, ids: [1693, 1693, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin55/posts48/jobs29", is_static: true, ids: [1694, 1694, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos13/tags28/{p2}/pulls38", is_static: false, ids: [1695, 1695, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v225/v160/v223/stats60", is_static: true, ids: [1696, 1696, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs25/stats44/posts44/repos33", is_static: true, ids: [1697, 1697, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls58", is_static: true, ids: [1698, 1698, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues18/{p1}", is_static: false, ids: [1699, 1699, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api22/v139/users9/stats11", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1700, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues39/runs2", is_static: true, ids: [1701, 1701, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files33", is_static: true, ids: [1702, 1702, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin59/runs12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1703, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/feeds0/items44/orgs37", is_static: true, ids: [1704, 1704, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs45/v153", is_static: true, ids: [1705, 1705, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v17/feeds52/teams4", is_static: true, ids: [u16::MAX, u16::MAX, 1706, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users36/admin5", is_static: true, ids: [1707, 1707, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds21/jobs1/users1", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1708, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/items41/runs3", is_static: true, ids: [1709, 1709, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags4/feeds12/jobs57", is_static: true, ids: [1710, 1710, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags12/v238", is_static: true, ids: [u16::MAX, u16::MAX, 1711, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags36/items23", is_static: true, ids: [1712, 1712, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin1/items46/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1713, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs26/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 1714, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files8/repos35/teams26/jobs44", is_static: true, ids: [1715, 1715, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys37/admin39/users8/feeds54", is_static: true, ids: [1716, 1716, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues46/orgs29/blobs19/jobs60", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1717, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys43/{p1}/posts56", is_static: false, ids: [u16::MAX, u16::MAX, 1718, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts44/api0/admin44", is_static: true, ids: [1719, 1719, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls33/repos54/pulls24/admin37", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1720, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys34/repos50", is_static: true, ids: [1721, 1721, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos20", is_static: true, ids: [1722, 1722, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users11/{p1}/issues54", is_static: false, ids: [1723, 1723, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues26/runs13/tags13", is_static: true, ids: [1724, 1724, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs26/{p1}/users44/files27", is_static: false, ids: [u16::MAX, u16::MAX, 1725, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/users16/users42", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1726, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs48/{p1}/admin3/orgs33", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1728, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams48/blobs38/issues39/users41", is_static: true, ids: [1729, 1729, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files46/orgs32/users24", is_static: true, ids: [1730, 1730, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs5/keys14/pulls54", is_static: true, ids: [1731, 1731, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds49/posts10/posts4/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1732, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs48/orgs19/items13/files25", is_static: true, ids: [1733, 1733, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags4/keys14", is_static: true, ids: [1734, 1734, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs44/issues25/{p2}/orgs53", is_static: false, ids: [1735, 1735, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin55/{p1}/v247", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1736, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v159", is_static: true, ids: [1737, 1737, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin22/jobs7/orgs51/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 1739, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs13", is_static: true, ids: [1740, 1740, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v216/posts37/keys39/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1741, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/files23/{p1}/repos60/admin56", is_static: false, ids: [1742, 1742, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs19/v212/runs28/v153", is_static: true, ids: [1743, 1743, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api29/feeds23/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1744, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/pulls50/admin38", is_static: true, ids: [1745, 1745, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos52/runs25/keys19/api58", is_static: true, ids: [1748, 1748, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls27/api22/orgs54/admin33", is_static: true, ids: [1749, 1749, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin60", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1750, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags5/v247", is_static: true, ids: [1751, 1751, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds52/items3", is_static: true, ids: [1752, 1752, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts43", is_static: true, ids: [1753, 1753, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1754, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats34/orgs30", is_static: true, ids: [1755, 1755, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users38/{p1}", is_static: false, ids: [1756, 1756, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams17/stats46", is_static: true, ids: [1757, 1757, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api36", is_static: true, ids: [u16::MAX, u16::MAX, 1758, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/items54/items26/pulls51/v12", is_static: true, ids: [1759, 1759, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs26", is_static: true, ids: [u16::MAX, u16::MAX, 1760, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues33", is_static: true, ids: [1761, 1761, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs23/orgs6/repos8/repos52", is_static: true, ids: [1762, 1762, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats38/teams56/teams13/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1763, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin50/repos8/repos11/issues46", is_static: true, ids: [1764, 1764, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1765, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos37/tags25/teams53/api17", is_static: true, ids: [1766, 1766, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys58/runs53", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1767, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags60/runs52", is_static: true, ids: [1768, 1768, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin3/admin32/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1769, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v241/api52/{p2}/{p3}", is_static: false, ids: [1770, 1770, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items49/blobs43/{p2}/feeds16", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1771, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api49", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1772, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs33/{p1}", is_static: false, ids: [1773, 1773, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs13/posts45/tags10/teams15", is_static: true, ids: [1774, 1774, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api56", is_static: true, ids: [u16::MAX, u16::MAX, 1775, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/admin35/keys52", is_static: true, ids: [u16::MAX, u16::MAX, 1776, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys2/runs31/files27", is_static: true, ids: [1777, 1777, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos39/pulls10/{*rest}", is_static: false, ids: [1778, 1778, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs29/keys57", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1779, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues53", is_static: true, ids: [1780, 1780, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags4", is_static: true, ids: [1782, 1782, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items17", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1783, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues17/stats9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1784, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos32/issues36/v25", is_static: true, ids: [1785, 1785, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs4", is_static: true, ids: [1786, 1786, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls9/{p1}/{p2}", is_static: false, ids: [1787, 1787, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v251/jobs5/repos19/jobs1", is_static: true, ids: [u16::MAX, u16::MAX, 1788, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v228/{p1}/pulls1", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1789, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs58/{p1}/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1790, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/issues12", is_static: true, ids: [1791, 1791, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api41/feeds9/{p2}/users29", is_static: false, ids: [1792, 1792, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items59/posts1", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1793, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/jobs25/jobs2/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1794, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/admin39", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1795, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys19", is_static: true, ids: [1796, 1796, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs26/files51/blobs29/api30", is_static: true, ids: [1797, 1797, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs18/tags38/pulls44", is_static: true, ids: [u16::MAX, u16::MAX, 1798, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams14/{p1}/tags4", is_static: false, ids: [1799, 1799, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users15", is_static: true, ids: [1800, 1800, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files30/{p1}/{p2}", is_static: false, ids: [1801, 1801, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts3", is_static: true, ids: [u16::MAX, u16::MAX, 1802, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts5/items51/api44/orgs42", is_static: true, ids: [u16::MAX, u16::MAX, 1803, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs12/v148/blobs5", is_static: true, ids: [1804, 1804, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users49/jobs13/admin33/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 1805, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v158/keys22/pulls7/repos43", is_static: true, ids: [1806, 1806, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos2/jobs58/feeds38/items59", is_static: true, ids: [1807, 1807, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs37/files25/v228/repos48", is_static: true, ids: [1808, 1808, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags37", is_static: true, ids: [1809, 1809, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v216/{p1}/stats55", is_static: false, ids: [1810, 1810, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v247/pulls38", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1812, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin16/{p1}/blobs26/{p3}", is_static: false, ids: [1813, 1813, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys58/posts57", is_static: true, ids: [u16::MAX, u16::MAX, 1814, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs31", is_static: true, ids: [u16::MAX, u16::MAX, 1815, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs23/items1", is_static: true, ids: [1817, 1817, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs50/{p1}/users13/repos18", is_static: false, ids: [1818, 1818, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams60/api29/posts3/keys5", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1819, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/repos58/orgs23", is_static: true, ids: [1820, 1820, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts44/items17/files46", is_static: true, ids: [1821, 1821, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items52/posts43/jobs52/blobs22", is_static: true, ids: [1822, 1822, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags34/api4/keys25/{p3}", is_static: false, ids: [1823, 1823, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos38/admin26/tags55", is_static: true, ids: [1824, 1824, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls10/repos47/items25", is_static: true, ids: [u16::MAX, u16::MAX, 1825, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams17/runs2/{p2}/issues8", is_static: false, ids: [1826, 1826, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api41/blobs11", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1827, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/jobs20/blobs40/tags27/{p3}", is_static: false, ids: [1828, 1828, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files7/api38/api29/v141", is_static: true, ids: [1829, 1829, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin35/items4/issues14", is_static: true, ids: [u16::MAX, u16::MAX, 1830, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags6", is_static: true, ids: [u16::MAX, u16::MAX, 1831, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/posts13/issues40", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1832, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v128/keys19", is_static: true, ids: [u16::MAX, u16::MAX, 1833, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/api32/{p1}/repos55/api7", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1834, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/teams1/teams52", is_static: true, ids: [1835, 1835, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs38/{p1}/posts34/items38", is_static: false, ids: [1836, 1836, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items30/{p1}/keys42/feeds40", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1837, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api2/feeds18", is_static: true, ids: [1839, 1839, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats8/issues29/keys54/teams55", is_static: true, ids: [1840, 1840, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs42/api17/{p2}/blobs26", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1841, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api48/posts52/issues37", is_static: true, ids: [1842, 1842, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats3/pulls44/{p2}/v120", is_static: false, ids: [1843, 1843, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls48/runs8", is_static: true, ids: [u16::MAX, u16::MAX, 1844, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v29/{p1}", is_static: false, ids: [1845, 1845, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues48/issues16/{p2}/v142/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 1846, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v223/{p1}/v11", is_static: false, ids: [1848, 1848, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs9", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1849, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs37/blobs1/admin6", is_static: true, ids: [1850, 1850, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues20/users45/api40/{p3}", is_static: false, ids: [1851, 1851, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api11", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1852, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs12/tags13/orgs24/teams15", is_static: true, ids: [1853, 1853, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts47/v139", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1854, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues22/issues48/v216/items15", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1855, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/keys15", is_static: true, ids: [1856, 1856, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys22/orgs57/repos2", is_static: true, ids: [1857, 1857, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs28/{p1}", is_static: false, ids: [1858, 1858, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files52", is_static: true, ids: [u16::MAX, u16::MAX, 1859, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs10/admin43/{p2}", is_static: false, ids: [1860, 1860, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts37/{p1}/admin36", is_static: false, ids: [u16::MAX, u16::MAX, 1861, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags14/{p1}/runs6/issues17", is_static: false, ids: [u16::MAX, u16::MAX, 1862, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/stats19", is_static: true, ids: [1863, 1863, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams56", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1864, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v229/v247/feeds26", is_static: true, ids: [1865, 1865, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items40", is_static: true, ids: [1866, 1866, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats27/pulls0/api52/items7", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1867, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin53", is_static: true, ids: [1868, 1868, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs2/files33/keys25", is_static: true, ids: [u16::MAX, u16::MAX, 1869, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/tags51", is_static: true, ids: [1871, 1871, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues47/users58/{p2}", is_static: false, ids: [1872, 1872, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users7/issues5/v28/v212/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1873, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/stats34/teams40/admin27/stats57", is_static: true, ids: [1874, 1874, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api27/stats58", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1875, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin58/tags45/v20/keys45", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1876, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs12", is_static: true, ids: [1877, 1877, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v24/v29/{p2}/repos18", is_static: false, ids: [1878, 1878, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v115/jobs43/{p2}/orgs60", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1879, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v257/keys32/orgs2", is_static: true, ids: [u16::MAX, u16::MAX, 1880, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v142/users43/pulls19/issues5", is_static: true, ids: [u16::MAX, u16::MAX, 1881, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs2/keys4", is_static: true, ids: [1882, 1882, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs55/jobs41", is_static: true, ids: [1883, 1883, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs29/jobs22", is_static: true, ids: [1884, 1884, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams42/runs37", is_static: true, ids: [1885, 1885, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin43/files19/jobs33/v129", is_static: true, ids: [1886, 1886, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs45/items60/api17", is_static: true, ids: [1887, 1887, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v242/teams6/orgs49/blobs57", is_static: true, ids: [1888, 1888, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users19/keys45", is_static: true, ids: [1889, 1889, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos60/items60/{p2}/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1890, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/teams19/api47/{p2}", is_static: false, ids: [1891, 1891, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats53/repos31", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1892, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts59/feeds12", is_static: true, ids: [1893, 1893, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams24/v116", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1894, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/v254", is_static: true, ids: [1895, 1895, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin32/v149", is_static: true, ids: [1896, 1896, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds8/pulls43/pulls49", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1897, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs18", is_static: true, ids: [1898, 1898, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs33/posts48/users34/{p3}", is_static: false, ids: [1899, 1899, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/users45", is_static: true, ids: [1900, 1900, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/stats31", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1901, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/posts24/users31/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1902, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs29/admin20/tags22", is_static: true, ids: [1903, 1903, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts47/v148", is_static: true, ids: [1904, 1904, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos9", is_static: true, ids: [1905, 1905, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos28/jobs0/{p2}/{p3}", is_static: false, ids: [1906, 1906, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items12/{p1}/feeds42/tags44", is_static: false, ids: [1907, 1907, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams58/files54/{p2}", is_static: false, ids: [1908, 1908, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files24/repos18/tags33", is_static: true, ids: [1909, 1909, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds54/keys13", is_static: true, ids: [1910, 1910, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v228/orgs54/issues41/keys23", is_static: true, ids: [u16::MAX, u16::MAX, 1911, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds44/posts20/issues48", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1912, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/stats5/stats39/repos17", is_static: true, ids: [1913, 1913, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v141", is_static: true, ids: [1914, 1914, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v245/issues12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1915, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/users14/stats39/runs52", is_static: true, ids: [1916, 1916, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs28", is_static: true, ids: [1917, 1917, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs34/items57/items21/admin58", is_static: true, ids: [1918, 1918, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items17/api20/feeds6", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1919, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs0/files39/feeds4/feeds55", is_static: true, ids: [1920, 1920, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos52/tags55", is_static: true, ids: [1921, 1921, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api11/feeds54/{p2}", is_static: false, ids: [1922, 1922, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs46/blobs10/{p2}/keys22", is_static: false, ids: [1923, 1923, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs18/issues55/runs15/jobs19", is_static: true, ids: [1924, 1924, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/teams50/users53/keys43/files13", is_static: true, ids: [1925, 1925, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos3/items8", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1926, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/orgs4/pulls33/runs60/users45", is_static: true, ids: [1927, 1927, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v215/keys55/v117", is_static: true, ids: [1928, 1928, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs33", is_static: true, ids: [1930, 1930, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin15/v237/v249/{p3}", is_static: false, ids: [u16::MAX, u16::MAX, 1931, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs7/admin44/users37/teams35", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1932, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys21/{p1}/{p2}/teams50", is_static: false, ids: [1933, 1933, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues48/jobs54", is_static: true, ids: [u16::MAX, u16::MAX, 1934, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/orgs9/posts56/{p2}/feeds21", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1935, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls35/issues32/tags42", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1936, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/tags4/teams59/orgs5", is_static: true, ids: [1937, 1937, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs13", is_static: true, ids: [1938, 1938, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files45/{p1}/{p2}", is_static: false, ids: [u16::MAX, u16::MAX, 1939, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v238/items33", is_static: true, ids: [1940, 1940, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/orgs44/feeds25/feeds8/admin22", is_static: true, ids: [u16::MAX, u16::MAX, 1941, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v252/v113/repos34", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1942, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v251/posts15", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1943, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/jobs39/items58/repos47", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1944, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/runs57/v150", is_static: true, ids: [1945, 1945, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/pulls34/admin32", is_static: true, ids: [1946, 1946, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds3/posts25/keys0", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1947, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/orgs27/repos4/teams36/v241", is_static: true, ids: [1948, 1948, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos5/orgs58", is_static: true, ids: [1949, 1949, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts4/teams52/v259", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1950, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users44", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1951, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/keys52/feeds21/posts18", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1952, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/items1", is_static: true, ids: [1953, 1953, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/repos9/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, 1954, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/blobs3/users24/issues17/teams52", is_static: true, ids: [1955, 1955, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin24", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1956, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/v260/{p1}", is_static: false, ids: [u16::MAX, u16::MAX, 1957, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/runs19/repos41/api24/jobs33", is_static: true, ids: [u16::MAX, u16::MAX, 1958, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/files40/users25/orgs45/{p3}", is_static: false, ids: [1959, 1959, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/api35/feeds41/v149/tags0", is_static: true, ids: [u16::MAX, u16::MAX, 1960, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys51/{p1}/stats55", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1961, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/teams31/{p1}/jobs26", is_static: false, ids: [1962, 1962, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files41/{p1}", is_static: false, ids: [1963, 1963, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs5", is_static: true, ids: [u16::MAX, u16::MAX, 1964, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/jobs36/feeds30/pulls30/api5", is_static: true, ids: [u16::MAX, u16::MAX, 1965, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/issues26/api29", is_static: true, ids: [1966, 1966, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs15/blobs57/stats31", is_static: true, ids: [1967, 1967, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/runs60/jobs55/{p2}/jobs5", is_static: false, ids: [1968, 1968, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues16/users27/v12", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1969, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs58/stats35/{p2}", is_static: false, ids: [1970, 1970, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts47/stats13", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1971, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/blobs25/items55/api19", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1972, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/admin58/blobs12/{p2}/orgs1", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1973, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/api59/{*rest}", is_static: false, ids: [1974, 1974, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/jobs25/files8/tags41", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1975, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/tags38/{*rest}", is_static: false, ids: [u16::MAX, u16::MAX, 1976, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/teams2/{p1}/pulls39", is_static: false, ids: [1977, 1977, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/blobs27/teams30/{*rest}", is_static: false, ids: [1978, 1978, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/tags2/tags57/issues50/keys54", is_static: true, ids: [1979, 1979, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts35/files35", is_static: true, ids: [1980, 1980, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v111/pulls25/blobs42", is_static: true, ids: [u16::MAX, u16::MAX, 1981, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/v223", is_static: true, ids: [1982, 1982, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/admin46/repos6/files47", is_static: true, ids: [u16::MAX, u16::MAX, 1983, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys48", is_static: true, ids: [1984, 1984, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/items50/jobs27/orgs52/repos41", is_static: true, ids: [1985, 1985, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/issues15/blobs49/keys57", is_static: true, ids: [u16::MAX, u16::MAX, 1986, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/blobs31/{p1}", is_static: false, ids: [1987, 1987, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/v128", is_static: true, ids: [u16::MAX, u16::MAX, 1988, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/feeds2/stats52/repos24", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, 1989, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "PUT" },
    Pattern { matchit: "/issues50/feeds2/posts36", is_static: true, ids: [1990, 1990, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/feeds31/users23/api18/tags5", is_static: true, ids: [1991, 1991, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/posts6/v13/{p2}/files16", is_static: false, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1992, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/repos33/stats60/runs50/{p3}", is_static: false, ids: [1994, 1994, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/files31", is_static: true, ids: [1995, 1995, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "GET, HEAD" },
    Pattern { matchit: "/keys56", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1996, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/users48/posts21", is_static: true, ids: [u16::MAX, u16::MAX, 1997, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
    Pattern { matchit: "/keys29", is_static: true, ids: [u16::MAX, u16::MAX, u16::MAX, u16::MAX, 1998, u16::MAX, u16::MAX, u16::MAX], allow: "DELETE" },
    Pattern { matchit: "/pulls16", is_static: true, ids: [u16::MAX, u16::MAX, 1999, u16::MAX, u16::MAX, u16::MAX, u16::MAX, u16::MAX], allow: "POST" },
];

/// The lookups to replay, in this (shuffled) order, each with the route it reaches.
pub static LOOKUPS: [Lookup; 1000] = [
    Lookup { method: Method::Get, path: "/runs31/files33/stats12/x92532", kind: Kind::Param, want: Some(249) },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/keys37/admin39/users8/feeds54", kind: Kind::Static, want: Some(1716) },
    Lookup { method: Method::Get, path: "/api15/issues34", kind: Kind::Static, want: Some(177) },
    Lookup { method: Method::Get, path: "/users60/v232/teams60/nosuch16", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/keys29/nosuch35", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/repos36/stats0/orgs29", kind: Kind::Static, want: Some(1308) },
    Lookup { method: Method::Delete, path: "/issues47/orgs43/jobs37", kind: Kind::Static, want: Some(811) },
    Lookup { method: Method::Post, path: "/admin32", kind: Kind::Static, want: Some(1486) },
    Lookup { method: Method::Get, path: "/v23/pulls14/repos27/orgs19", kind: Kind::Static, want: Some(375) },
    Lookup { method: Method::Get, path: "/jobs21/x67893", kind: Kind::Param, want: Some(411) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/api40/pulls38/x65719", kind: Kind::Param, want: Some(292) },
    Lookup { method: Method::Get, path: "/v245/a/b/c/d/e/f", kind: Kind::Param, want: Some(32) },
    Lookup { method: Method::Post, path: "/stats37/issues34/files49/feeds46", kind: Kind::Static, want: Some(1271) },
    Lookup { method: Method::Get, path: "/v228/x34746", kind: Kind::Param, want: Some(1474) },
    Lookup { method: Method::Post, path: "/v148/api32/keys4", kind: Kind::Static, want: Some(1158) },
    Lookup { method: Method::Put, path: "/keys51", kind: Kind::Static, want: Some(1394) },
    Lookup { method: Method::Put, path: "/repos60/items60/x6585/x44100", kind: Kind::Param, want: Some(1890) },
    Lookup { method: Method::Get, path: "/repos14", kind: Kind::Static, want: Some(687) },
    Lookup { method: Method::Post, path: "/tags36/feeds0", kind: Kind::Static, want: Some(496) },
    Lookup { method: Method::Get, path: "/items6/runs27", kind: Kind::Static, want: Some(533) },
    Lookup { method: Method::Get, path: "/v141/nosuch36", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/files36/a/b/c/d/e/f", kind: Kind::Param, want: Some(1055) },
    Lookup { method: Method::Get, path: "/users35/teams46/x23218", kind: Kind::Param, want: Some(1061) },
    Lookup { method: Method::Get, path: "/stats8/issues29/keys54/teams55", kind: Kind::Static, want: Some(1840) },
    Lookup { method: Method::Put, path: "/users4/api44/keys3/x50705/a/b/c/d/e/f", kind: Kind::Param, want: Some(216) },
    Lookup { method: Method::Delete, path: "/items23", kind: Kind::Static, want: Some(593) },
    Lookup { method: Method::Get, path: "/users17/v136/repos46/tags44", kind: Kind::Static, want: Some(477) },
    Lookup { method: Method::Get, path: "/blobs5/stats55/stats29/jobs46", kind: Kind::Static, want: Some(1276) },
    Lookup { method: Method::Delete, path: "/blobs37/keys59", kind: Kind::Static, want: Some(487) },
    Lookup { method: Method::Get, path: "/stats15/blobs35", kind: Kind::Static, want: Some(695) },
    Lookup { method: Method::Get, path: "/items42", kind: Kind::Static, want: Some(113) },
    Lookup { method: Method::Get, path: "/blobs28/x99954", kind: Kind::Param, want: Some(44) },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/keys22/orgs57/repos2", kind: Kind::Static, want: Some(1857) },
    Lookup { method: Method::Delete, path: "/orgs28", kind: Kind::Static, want: Some(1816) },
    Lookup { method: Method::Get, path: "/feeds28/v132/runs16", kind: Kind::Static, want: Some(22) },
    Lookup { method: Method::Get, path: "/admin45/issues29", kind: Kind::Static, want: Some(1339) },
    Lookup { method: Method::Get, path: "/runs48", kind: Kind::Static, want: Some(1658) },
    Lookup { method: Method::Post, path: "/items44/teams30/x37584/orgs30", kind: Kind::Param, want: Some(136) },
    Lookup { method: Method::Get, path: "/api18/x85105", kind: Kind::Param, want: Some(745) },
    Lookup { method: Method::Post, path: "/issues1/a/b/c/d/e/f", kind: Kind::Param, want: Some(739) },
    Lookup { method: Method::Post, path: "/items28", kind: Kind::Static, want: Some(1139) },
    Lookup { method: Method::Get, path: "/teams2/x44962/pulls39", kind: Kind::Param, want: Some(1977) },
    Lookup { method: Method::Get, path: "/posts30/files0/a/b/c/d/e/f", kind: Kind::Param, want: Some(1502) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/v226", kind: Kind::Static, want: Some(306) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/api43/pulls11", kind: Kind::Static, want: Some(1025) },
    Lookup { method: Method::Delete, path: "/posts47/stats13", kind: Kind::Static, want: Some(1971) },
    Lookup { method: Method::Get, path: "/pulls16/v135/x75233", kind: Kind::Param, want: Some(33) },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/files49/feeds17/stats11/nosuch53", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/issues41/nosuch27", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/api54/teams23/orgs10/users17", kind: Kind::Static, want: Some(1656) },
    Lookup { method: Method::Get, path: "/v230/x6720/v134/api6", kind: Kind::Param, want: Some(102) },
    Lookup { method: Method::Get, path: "/files22/teams54/jobs48", kind: Kind::Static, want: Some(369) },
    Lookup { method: Method::Delete, path: "/posts33/api58/items28", kind: Kind::Static, want: Some(1522) },
    Lookup { method: Method::Post, path: "/items44/teams30/x32723/orgs30", kind: Kind::Param, want: Some(136) },
    Lookup { method: Method::Delete, path: "/admin39", kind: Kind::Static, want: Some(1795) },
    Lookup { method: Method::Get, path: "/blobs8", kind: Kind::Static, want: Some(1591) },
    Lookup { method: Method::Post, path: "/tags38/a/b/c/d/e/f", kind: Kind::Param, want: Some(1976) },
    Lookup { method: Method::Delete, path: "/runs43/runs32/v156/v260/a/b/c/d/e/f", kind: Kind::Param, want: Some(111) },
    Lookup { method: Method::Post, path: "/api3/runs43/a/b/c/d/e/f", kind: Kind::Param, want: Some(1625) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/items5/pulls60/x9777", kind: Kind::Param, want: Some(931) },
    Lookup { method: Method::Delete, path: "/items3", kind: Kind::Static, want: Some(1412) },
    Lookup { method: Method::Get, path: "/pulls19/issues10/tags35", kind: Kind::Static, want: Some(933) },
    Lookup { method: Method::Get, path: "/v125/posts29/keys51", kind: Kind::Static, want: Some(1030) },
    Lookup { method: Method::Delete, path: "/tags1/users44/users21/x36011", kind: Kind::Param, want: Some(330) },
    Lookup { method: Method::Delete, path: "/keys5/files29/items6", kind: Kind::Static, want: Some(978) },
    Lookup { method: Method::Get, path: "/runs13/x37790/users29/repos34", kind: Kind::Param, want: Some(1326) },
    Lookup { method: Method::Delete, path: "/runs34", kind: Kind::Static, want: Some(1590) },
    Lookup { method: Method::Get, path: "/v223", kind: Kind::Static, want: Some(1982) },
    Lookup { method: Method::Get, path: "/blobs15/api56/x74390", kind: Kind::Param, want: Some(1166) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/orgs14/pulls12/runs24", kind: Kind::Static, want: Some(887) },
    Lookup { method: Method::Delete, path: "/items3", kind: Kind::Static, want: Some(1412) },
    Lookup { method: Method::Delete, path: "/v122/items28", kind: Kind::Static, want: Some(153) },
    Lookup { method: Method::Get, path: "/issues28/blobs20/v26/x11926", kind: Kind::Param, want: Some(1527) },
    Lookup { method: Method::Put, path: "/v14/issues16", kind: Kind::Static, want: Some(450) },
    Lookup { method: Method::Get, path: "/teams18/nosuch67", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/tags37", kind: Kind::Static, want: Some(1809) },
    Lookup { method: Method::Get, path: "/runs3", kind: Kind::Static, want: Some(1063) },
    Lookup { method: Method::Get, path: "/admin36/x79634/posts42/teams55", kind: Kind::Param, want: Some(1616) },
    Lookup { method: Method::Get, path: "/users37", kind: Kind::Static, want: Some(1122) },
    Lookup { method: Method::Post, path: "/v114/v15/v122", kind: Kind::Static, want: Some(438) },
    Lookup { method: Method::Delete, path: "/files52/v142", kind: Kind::Static, want: Some(471) },
    Lookup { method: Method::Get, path: "/pulls10", kind: Kind::Static, want: Some(807) },
    Lookup { method: Method::Get, path: "/tags59/x63722/api44/feeds50", kind: Kind::Param, want: Some(1137) },
    Lookup { method: Method::Delete, path: "/keys25/keys11", kind: Kind::Static, want: Some(145) },
    Lookup { method: Method::Get, path: "/blobs15/api56/x40839", kind: Kind::Param, want: Some(1166) },
    Lookup { method: Method::Put, path: "/v227", kind: Kind::Static, want: Some(874) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/feeds6/tags31/posts27/users27", kind: Kind::Static, want: Some(361) },
    Lookup { method: Method::Get, path: "/pulls16/nosuch42", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs44/issues25/x67418/orgs53", kind: Kind::Param, want: Some(1735) },
    Lookup { method: Method::Put, path: "/posts55/jobs8", kind: Kind::Static, want: Some(1375) },
    Lookup { method: Method::Get, path: "/users22/files2", kind: Kind::Static, want: Some(1442) },
    Lookup { method: Method::Delete, path: "/v125/x25228/users1", kind: Kind::Param, want: Some(1648) },
    Lookup { method: Method::Put, path: "/v154/runs6/keys53/pulls7", kind: Kind::Static, want: Some(803) },
    Lookup { method: Method::Get, path: "/keys48/x70852/api33/repos2", kind: Kind::Param, want: Some(990) },
    Lookup { method: Method::Post, path: "/admin32", kind: Kind::Static, want: Some(1486) },
    Lookup { method: Method::Get, path: "/orgs55/keys26/x40429/admin22", kind: Kind::Param, want: Some(1017) },
    Lookup { method: Method::Get, path: "/tags4", kind: Kind::Static, want: Some(1782) },
    Lookup { method: Method::Get, path: "/zz/347", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/stats35/stats57/repos33/v223", kind: Kind::Static, want: Some(1388) },
    Lookup { method: Method::Get, path: "/items8/x27575/orgs56", kind: Kind::Param, want: Some(1089) },
    Lookup { method: Method::Put, path: "/blobs10/posts58/feeds26/items0", kind: Kind::Static, want: Some(1435) },
    Lookup { method: Method::Get, path: "/posts24/runs24/x42939/users25", kind: Kind::Param, want: Some(606) },
    Lookup { method: Method::Get, path: "/feeds28/v132/runs16", kind: Kind::Static, want: Some(22) },
    Lookup { method: Method::Get, path: "/feeds41/repos52/x28181", kind: Kind::Param, want: Some(760) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/posts33/x16077/x55765/keys52", kind: Kind::Param, want: Some(833) },
    Lookup { method: Method::Put, path: "/users3/users11/users10/v252", kind: Kind::Static, want: Some(1689) },
    Lookup { method: Method::Get, path: "/api12/pulls50/admin2/items9", kind: Kind::Static, want: Some(952) },
    Lookup { method: Method::Put, path: "/files25", kind: Kind::Static, want: Some(902) },
    Lookup { method: Method::Get, path: "/feeds32", kind: Kind::Static, want: Some(1174) },
    Lookup { method: Method::Put, path: "/posts22", kind: Kind::Static, want: Some(1415) },
    Lookup { method: Method::Delete, path: "/files52/v142", kind: Kind::Static, want: Some(471) },
    Lookup { method: Method::Get, path: "/pulls27/api22/orgs54/admin33", kind: Kind::Static, want: Some(1749) },
    Lookup { method: Method::Put, path: "/v112/posts40", kind: Kind::Static, want: Some(1324) },
    Lookup { method: Method::Post, path: "/teams57/pulls1", kind: Kind::Static, want: Some(138) },
    Lookup { method: Method::Get, path: "/items44/v257/x80356/items32", kind: Kind::Param, want: Some(793) },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/v247/nosuch43", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/users50/stats17/v132", kind: Kind::Static, want: Some(870) },
    Lookup { method: Method::Put, path: "/v239/keys9/pulls58/issues9", kind: Kind::Static, want: Some(167) },
    Lookup { method: Method::Get, path: "/api18/x49203", kind: Kind::Param, want: Some(745) },
    Lookup { method: Method::Get, path: "/repos17/jobs4", kind: Kind::Static, want: Some(1460) },
    Lookup { method: Method::Get, path: "/pulls3/nosuch44", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/posts1/v255/pulls14", kind: Kind::Static, want: Some(1015) },
    Lookup { method: Method::Delete, path: "/items13/orgs17/x29871", kind: Kind::Param, want: Some(1577) },
    Lookup { method: Method::Delete, path: "/posts33/x94446/x35340/keys52", kind: Kind::Param, want: Some(833) },
    Lookup { method: Method::Get, path: "/v226/nosuch90", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/stats1/orgs6/issues5", kind: Kind::Static, want: Some(537) },
    Lookup { method: Method::Get, path: "/users43/posts12/keys47/issues11", kind: Kind::Static, want: Some(287) },
    Lookup { method: Method::Put, path: "/repos45/stats51/posts11", kind: Kind::Static, want: Some(1619) },
    Lookup { method: Method::Get, path: "/orgs23/items1", kind: Kind::Static, want: Some(1817) },
    Lookup { method: Method::Get, path: "/posts57", kind: Kind::Static, want: Some(1021) },
    Lookup { method: Method::Delete, path: "/pulls2/tags39/jobs45/x30289", kind: Kind::Param, want: Some(813) },
    Lookup { method: Method::Get, path: "/v251/files40/issues60/stats41", kind: Kind::Static, want: Some(1131) },
    Lookup { method: Method::Get, path: "/posts28/v235/teams22", kind: Kind::Static, want: Some(1286) },
    Lookup { method: Method::Get, path: "/pulls30", kind: Kind::Static, want: Some(1317) },
    Lookup { method: Method::Put, path: "/repos9/x66871", kind: Kind::Param, want: Some(1954) },
    Lookup { method: Method::Delete, path: "/teams58", kind: Kind::Static, want: Some(1059) },
    Lookup { method: Method::Delete, path: "/files1/files50/blobs40", kind: Kind::Static, want: Some(1229) },
    Lookup { method: Method::Get, path: "/feeds24/x84909", kind: Kind::Param, want: Some(964) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/feeds56/teams55/v127/x57337", kind: Kind::Param, want: Some(712) },
    Lookup { method: Method::Get, path: "/teams39/x3584/items41/blobs27", kind: Kind::Param, want: Some(822) },
    Lookup { method: Method::Get, path: "/repos21/feeds13/items12", kind: Kind::Static, want: Some(1672) },
    Lookup { method: Method::Get, path: "/keys21/teams50/nosuch50", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/teams39/x83302/items41/blobs27", kind: Kind::Param, want: Some(822) },
    Lookup { method: Method::Post, path: "/teams54/feeds19/keys11", kind: Kind::Static, want: Some(1493) },
    Lookup { method: Method::Get, path: "/teams16/pulls18/x78272", kind: Kind::Param, want: Some(381) },
    Lookup { method: Method::Post, path: "/keys28/v253/x90401/runs21", kind: Kind::Param, want: Some(1449) },
    Lookup { method: Method::Put, path: "/users3/users11/users10/v252", kind: Kind::Static, want: Some(1689) },
    Lookup { method: Method::Get, path: "/issues59/posts43", kind: Kind::Static, want: Some(109) },
    Lookup { method: Method::Get, path: "/tags60/nosuch38", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/posts48/feeds32/v142", kind: Kind::Static, want: Some(43) },
    Lookup { method: Method::Get, path: "/blobs2/keys4", kind: Kind::Static, want: Some(1882) },
    Lookup { method: Method::Delete, path: "/files46/x53357/jobs54", kind: Kind::Param, want: Some(1076) },
    Lookup { method: Method::Delete, path: "/feeds44/feeds18/x82809/files48", kind: Kind::Param, want: Some(1041) },
    Lookup { method: Method::Put, path: "/feeds55/issues59/users19", kind: Kind::Static, want: Some(1585) },
    Lookup { method: Method::Delete, path: "/jobs29/keys57", kind: Kind::Static, want: Some(1779) },
    Lookup { method: Method::Get, path: "/tags47/admin21", kind: Kind::Static, want: Some(992) },
    Lookup { method: Method::Get, path: "/teams52/runs1/x88493/x22363/a/b/c/d/e/f", kind: Kind::Param, want: Some(1422) },
    Lookup { method: Method::Get, path: "/stats33/x55033/x37479/tags26", kind: Kind::Param, want: Some(1084) },
    Lookup { method: Method::Get, path: "/pulls10/feeds24/orgs40", kind: Kind::Static, want: Some(742) },
    Lookup { method: Method::Get, path: "/items6/v221/x16442/runs54", kind: Kind::Param, want: Some(1116) },
    Lookup { method: Method::Get, path: "/posts36/x50790/api50", kind: Kind::Param, want: Some(42) },
    Lookup { method: Method::Get, path: "/v23/pulls14/repos27/orgs19", kind: Kind::Static, want: Some(375) },
    Lookup { method: Method::Post, path: "/teams49/issues20/v227", kind: Kind::Static, want: Some(407) },
    Lookup { method: Method::Get, path: "/feeds4/pulls58", kind: Kind::Static, want: Some(125) },
    Lookup { method: Method::Get, path: "/tags53/x25078", kind: Kind::Param, want: Some(1838) },
    Lookup { method: Method::Get, path: "/issues47/users58/x89985", kind: Kind::Param, want: Some(1872) },
    Lookup { method: Method::Post, path: "/api46/files47/jobs54/items38", kind: Kind::Static, want: Some(801) },
    Lookup { method: Method::Get, path: "/teams36/jobs4", kind: Kind::Static, want: Some(973) },
    Lookup { method: Method::Post, path: "/blobs7", kind: Kind::Static, want: Some(1321) },
    Lookup { method: Method::Get, path: "/jobs60/repos1/x8757/api36", kind: Kind::Param, want: Some(1491) },
    Lookup { method: Method::Get, path: "/admin36/posts42/teams55/nosuch85", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/keys55", kind: Kind::Static, want: Some(1629) },
    Lookup { method: Method::Put, path: "/orgs35/pulls26", kind: Kind::Static, want: Some(1485) },
    Lookup { method: Method::Get, path: "/jobs27/stats10/runs20", kind: Kind::Static, want: Some(531) },
    Lookup { method: Method::Delete, path: "/v122/tags12", kind: Kind::Static, want: Some(1440) },
    Lookup { method: Method::Delete, path: "/tags0/admin20", kind: Kind::Static, want: Some(1613) },
    Lookup { method: Method::Get, path: "/pulls6/keys35/nosuch69", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/posts31/x26116/x62653", kind: Kind::Param, want: Some(725) },
    Lookup { method: Method::Get, path: "/posts28/x41560/files45", kind: Kind::Param, want: Some(1404) },
    Lookup { method: Method::Get, path: "/runs50/x33333/users13/repos18", kind: Kind::Param, want: Some(1818) },
    Lookup { method: Method::Get, path: "/items20/posts0/nosuch71", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/v215/keys4", kind: Kind::Static, want: Some(146) },
    Lookup { method: Method::Get, path: "/keys23/items9/x3395/repos53", kind: Kind::Param, want: Some(581) },
    Lookup { method: Method::Get, path: "/files38/x16209/orgs36", kind: Kind::Param, want: Some(49) },
    Lookup { method: Method::Post, path: "/admin10/orgs17/repos56", kind: Kind::Static, want: Some(461) },
    Lookup { method: Method::Put, path: "/posts13/issues40", kind: Kind::Static, want: Some(1832) },
    Lookup { method: Method::Get, path: "/repos26/issues8/x2587/jobs58", kind: Kind::Param, want: Some(617) },
    Lookup { method: Method::Get, path: "/jobs28/x93800", kind: Kind::Param, want: Some(1858) },
    Lookup { method: Method::Get, path: "/posts36/x54763/api50", kind: Kind::Param, want: Some(42) },
    Lookup { method: Method::Get, path: "/issues18/blobs19/api56/teams9", kind: Kind::Static, want: Some(727) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/teams14/pulls22", kind: Kind::Static, want: Some(366) },
    Lookup { method: Method::Put, path: "/v236/teams5/x55467", kind: Kind::Param, want: Some(1278) },
    Lookup { method: Method::Post, path: "/users49/jobs13/admin33/a/b/c/d/e/f", kind: Kind::Param, want: Some(1805) },
    Lookup { method: Method::Get, path: "/keys10/nosuch31", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/issues48/issues16/x12864/v142/a/b/c/d/e/f", kind: Kind::Param, want: Some(1846) },
    Lookup { method: Method::Post, path: "/blobs7", kind: Kind::Static, want: Some(1321) },
    Lookup { method: Method::Delete, path: "/pulls6/keys35/v110", kind: Kind::Static, want: Some(744) },
    Lookup { method: Method::Put, path: "/v252/v113/repos34", kind: Kind::Static, want: Some(1942) },
    Lookup { method: Method::Post, path: "/files27/tags55/a/b/c/d/e/f", kind: Kind::Param, want: Some(429) },
    Lookup { method: Method::Get, path: "/orgs45/items60/api17", kind: Kind::Static, want: Some(1887) },
    Lookup { method: Method::Get, path: "/admin42/posts26/x48408/api2", kind: Kind::Param, want: Some(1539) },
    Lookup { method: Method::Get, path: "/v158", kind: Kind::Static, want: Some(587) },
    Lookup { method: Method::Get, path: "/posts44/items17/files46/nosuch63", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/issues20", kind: Kind::Static, want: Some(182) },
    Lookup { method: Method::Get, path: "/feeds21/v225/v138", kind: Kind::Static, want: Some(20) },
    Lookup { method: Method::Get, path: "/v222/runs45/admin7", kind: Kind::Static, want: Some(1083) },
    Lookup { method: Method::Post, path: "/orgs14", kind: Kind::Static, want: Some(30) },
    Lookup { method: Method::Get, path: "/v232/files50/x18763/repos25", kind: Kind::Param, want: Some(945) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/repos45/stats51/posts11", kind: Kind::Static, want: Some(1619) },
    Lookup { method: Method::Get, path: "/orgs2/keys52/x60358", kind: Kind::Param, want: Some(150) },
    Lookup { method: Method::Post, path: "/pulls15", kind: Kind::Static, want: Some(1389) },
    Lookup { method: Method::Get, path: "/posts22/files44/jobs13/v145", kind: Kind::Static, want: Some(919) },
    Lookup { method: Method::Put, path: "/jobs28/feeds42/tags23/users26", kind: Kind::Static, want: Some(134) },
    Lookup { method: Method::Get, path: "/keys22/orgs57/repos2", kind: Kind::Static, want: Some(1857) },
    Lookup { method: Method::Put, path: "/v247/pulls38", kind: Kind::Static, want: Some(1812) },
    Lookup { method: Method::Get, path: "/users43", kind: Kind::Static, want: Some(97) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/stats32/runs49/nosuch29", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/v28", kind: Kind::Static, want: Some(61) },
    Lookup { method: Method::Post, path: "/keys11/a/b/c/d/e/f", kind: Kind::Param, want: Some(554) },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos8/teams44/repos56/x81709", kind: Kind::Param, want: Some(1618) },
    Lookup { method: Method::Get, path: "/posts10/teams37", kind: Kind::Static, want: Some(1551) },
    Lookup { method: Method::Get, path: "/feeds54/keys13", kind: Kind::Static, want: Some(1910) },
    Lookup { method: Method::Delete, path: "/keys31", kind: Kind::Static, want: Some(4) },
    Lookup { method: Method::Get, path: "/blobs12/stats29", kind: Kind::Static, want: Some(357) },
    Lookup { method: Method::Delete, path: "/items49/blobs43/x12832/feeds16", kind: Kind::Param, want: Some(1771) },
    Lookup { method: Method::Put, path: "/runs50/v113/v229/repos2", kind: Kind::Static, want: Some(297) },
    Lookup { method: Method::Get, path: "/v157", kind: Kind::Static, want: Some(126) },
    Lookup { method: Method::Post, path: "/admin46", kind: Kind::Static, want: Some(1390) },
    Lookup { method: Method::Post, path: "/teams11/stats32/v129/feeds50", kind: Kind::Static, want: Some(1178) },
    Lookup { method: Method::Post, path: "/tags1", kind: Kind::Static, want: Some(278) },
    Lookup { method: Method::Get, path: "/tags36/nosuch13", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/tags47/tags30", kind: Kind::Static, want: Some(1288) },
    Lookup { method: Method::Get, path: "/teams3/nosuch99", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/stats32/issues43/feeds44/x77967", kind: Kind::Param, want: Some(106) },
    Lookup { method: Method::Post, path: "/v27/tags17/posts30/x76437", kind: Kind::Param, want: Some(1380) },
    Lookup { method: Method::Delete, path: "/jobs9", kind: Kind::Static, want: Some(1849) },
    Lookup { method: Method::Get, path: "/blobs38/x84324/posts34/items38", kind: Kind::Param, want: Some(1836) },
    Lookup { method: Method::Get, path: "/jobs10/x42536", kind: Kind::Param, want: Some(772) },
    Lookup { method: Method::Get, path: "/blobs42", kind: Kind::Static, want: Some(188) },
    Lookup { method: Method::Delete, path: "/api35/pulls43/api41", kind: Kind::Static, want: Some(797) },
    Lookup { method: Method::Get, path: "/zz/189", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/v216/posts37/keys39/a/b/c/d/e/f", kind: Kind::Param, want: Some(1741) },
    Lookup { method: Method::Post, path: "/runs19/repos41/api24/jobs33", kind: Kind::Static, want: Some(1958) },
    Lookup { method: Method::Get, path: "/runs45/x29774", kind: Kind::Param, want: Some(1429) },
    Lookup { method: Method::Get, path: "/repos59/users44/teams49", kind: Kind::Static, want: Some(80) },
    Lookup { method: Method::Get, path: "/posts39/pulls2/a/b/c/d/e/f", kind: Kind::Param, want: Some(1152) },
    Lookup { method: Method::Get, path: "/posts35/blobs9", kind: Kind::Static, want: Some(1623) },
    Lookup { method: Method::Delete, path: "/pulls6/keys35/v110", kind: Kind::Static, want: Some(744) },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/admin11/jobs9/posts33/keys50/a/b/c/d/e/f", kind: Kind::Param, want: Some(96) },
    Lookup { method: Method::Post, path: "/files13/x89876/tags53/admin3", kind: Kind::Param, want: Some(1499) },
    Lookup { method: Method::Post, path: "/repos52/x99903/v230/items29", kind: Kind::Param, want: Some(1023) },
    Lookup { method: Method::Get, path: "/repos52/runs25/keys19/api58", kind: Kind::Static, want: Some(1748) },
    Lookup { method: Method::Get, path: "/admin32/tags32", kind: Kind::Static, want: Some(417) },
    Lookup { method: Method::Get, path: "/runs21/items48/pulls2", kind: Kind::Static, want: Some(1536) },
    Lookup { method: Method::Delete, path: "/pulls6/keys35/v110", kind: Kind::Static, want: Some(744) },
    Lookup { method: Method::Get, path: "/users46/repos13/v123", kind: Kind::Static, want: Some(1674) },
    Lookup { method: Method::Get, path: "/blobs15/keys32", kind: Kind::Static, want: Some(180) },
    Lookup { method: Method::Get, path: "/items24/jobs39", kind: Kind::Static, want: Some(1258) },
    Lookup { method: Method::Delete, path: "/teams50/api9/tags9", kind: Kind::Static, want: Some(172) },
    Lookup { method: Method::Delete, path: "/issues44/stats42/pulls35", kind: Kind::Static, want: Some(303) },
    Lookup { method: Method::Put, path: "/users37/admin16/posts42/v143", kind: Kind::Static, want: Some(218) },
    Lookup { method: Method::Delete, path: "/jobs29/keys57", kind: Kind::Static, want: Some(1779) },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs60", kind: Kind::Static, want: Some(666) },
    Lookup { method: Method::Get, path: "/issues25/users58/pulls39/nosuch35", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/jobs9/x34748/v128/api45", kind: Kind::Param, want: Some(495) },
    Lookup { method: Method::Get, path: "/repos31/v253/posts55", kind: Kind::Static, want: Some(128) },
    Lookup { method: Method::Get, path: "/orgs22", kind: Kind::Static, want: Some(625) },
    Lookup { method: Method::Get, path: "/users11/x56609/issues54", kind: Kind::Param, want: Some(1723) },
    Lookup { method: Method::Get, path: "/posts10", kind: Kind::Static, want: Some(491) },
    Lookup { method: Method::Delete, path: "/runs34", kind: Kind::Static, want: Some(1590) },
    Lookup { method: Method::Get, path: "/stats20/items23", kind: Kind::Static, want: Some(108) },
    Lookup { method: Method::Post, path: "/keys6/users17/items10/x54157", kind: Kind::Param, want: Some(602) },
    Lookup { method: Method::Post, path: "/pulls48/runs8", kind: Kind::Static, want: Some(1844) },
    Lookup { method: Method::Delete, path: "/keys41", kind: Kind::Static, want: Some(1087) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/files50/x82479", kind: Kind::Param, want: Some(1202) },
    Lookup { method: Method::Post, path: "/orgs54/x69255/runs59/posts13/a/b/c/d/e/f", kind: Kind::Param, want: Some(1297) },
    Lookup { method: Method::Get, path: "/runs56/files54/v250", kind: Kind::Static, want: Some(669) },
    Lookup { method: Method::Get, path: "/jobs47/keys57/stats46/admin45", kind: Kind::Static, want: Some(1406) },
    Lookup { method: Method::Get, path: "/orgs43/keys13/x5214/x346", kind: Kind::Param, want: Some(7) },
    Lookup { method: Method::Get, path: "/tags32/x10747/repos49/v212", kind: Kind::Param, want: Some(612) },
    Lookup { method: Method::Put, path: "/users14/stats49/v110/a/b/c/d/e/f", kind: Kind::Param, want: Some(458) },
    Lookup { method: Method::Get, path: "/admin32/v149", kind: Kind::Static, want: Some(1896) },
    Lookup { method: Method::Get, path: "/keys0/nosuch14", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs15/runs3/nosuch79", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos9/v110/stats2/v246", kind: Kind::Static, want: Some(1564) },
    Lookup { method: Method::Get, path: "/keys21/x96421/x99584/teams50", kind: Kind::Param, want: Some(1933) },
    Lookup { method: Method::Get, path: "/feeds59/feeds47/keys0/x36677/a/b/c/d/e/f", kind: Kind::Param, want: Some(663) },
    Lookup { method: Method::Post, path: "/orgs38/posts50/x55996", kind: Kind::Param, want: Some(1505) },
    Lookup { method: Method::Get, path: "/v130/teams58", kind: Kind::Static, want: Some(896) },
    Lookup { method: Method::Get, path: "/issues52/v132/blobs46/x32505", kind: Kind::Param, want: Some(1269) },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/api12/x15447/files49", kind: Kind::Param, want: Some(403) },
    Lookup { method: Method::Delete, path: "/tags12/issues44", kind: Kind::Static, want: Some(406) },
    Lookup { method: Method::Post, path: "/stats34/v151/x4896/x72857", kind: Kind::Param, want: Some(698) },
    Lookup { method: Method::Get, path: "/api18/x16442", kind: Kind::Param, want: Some(745) },
    Lookup { method: Method::Get, path: "/api18/x43421", kind: Kind::Param, want: Some(745) },
    Lookup { method: Method::Get, path: "/issues31/pulls27/repos14/orgs44", kind: Kind::Static, want: Some(949) },
    Lookup { method: Method::Delete, path: "/tags0/admin20", kind: Kind::Static, want: Some(1613) },
    Lookup { method: Method::Get, path: "/issues44/stats42/nosuch41", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/files27/tags55/a/b/c/d/e/f", kind: Kind::Param, want: Some(429) },
    Lookup { method: Method::Get, path: "/blobs15/keys32", kind: Kind::Static, want: Some(180) },
    Lookup { method: Method::Get, path: "/posts52/x12881/x19943", kind: Kind::Param, want: Some(664) },
    Lookup { method: Method::Delete, path: "/issues43/x59893/api26/issues59", kind: Kind::Param, want: Some(786) },
    Lookup { method: Method::Get, path: "/teams30/keys8", kind: Kind::Static, want: Some(1194) },
    Lookup { method: Method::Get, path: "/items27/nosuch4", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/admin60", kind: Kind::Static, want: Some(1750) },
    Lookup { method: Method::Post, path: "/stats47/keys0/users17/x12445", kind: Kind::Param, want: Some(751) },
    Lookup { method: Method::Get, path: "/issues19/repos1/x46267/x54603", kind: Kind::Param, want: Some(1350) },
    Lookup { method: Method::Put, path: "/blobs4/users39", kind: Kind::Static, want: Some(936) },
    Lookup { method: Method::Get, path: "/repos49/users22/x41245/x17810", kind: Kind::Param, want: Some(1578) },
    Lookup { method: Method::Get, path: "/repos50/a/b/c/d/e/f", kind: Kind::Param, want: Some(1282) },
    Lookup { method: Method::Delete, path: "/teams32", kind: Kind::Static, want: Some(657) },
    Lookup { method: Method::Post, path: "/keys40", kind: Kind::Static, want: Some(918) },
    Lookup { method: Method::Post, path: "/admin8/x28887/keys45", kind: Kind::Param, want: Some(1149) },
    Lookup { method: Method::Delete, path: "/stats0/x82568", kind: Kind::Param, want: Some(1080) },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/orgs12/tags13/orgs24/teams15", kind: Kind::Static, want: Some(1853) },
    Lookup { method: Method::Get, path: "/feeds24/files1/keys6", kind: Kind::Static, want: Some(868) },
    Lookup { method: Method::Get, path: "/api12/pulls50/admin2/items9", kind: Kind::Static, want: Some(952) },
    Lookup { method: Method::Get, path: "/files22/repos41/nosuch62", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/api12/x52673/files49", kind: Kind::Param, want: Some(403) },
    Lookup { method: Method::Post, path: "/items40/posts17/v222", kind: Kind::Static, want: Some(467) },
    Lookup { method: Method::Get, path: "/feeds49/x49786", kind: Kind::Param, want: Some(568) },
    Lookup { method: Method::Get, path: "/repos13", kind: Kind::Static, want: Some(718) },
    Lookup { method: Method::Get, path: "/v222/runs45/nosuch0", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/items8/x50553/orgs56", kind: Kind::Param, want: Some(1089) },
    Lookup { method: Method::Put, path: "/admin13", kind: Kind::Static, want: Some(1012) },
    Lookup { method: Method::Delete, path: "/v214/admin45/pulls20/blobs26", kind: Kind::Static, want: Some(1) },
    Lookup { method: Method::Post, path: "/tags52", kind: Kind::Static, want: Some(1673) },
    Lookup { method: Method::Get, path: "/repos2/nosuch73", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/items3/items46/runs17/pulls6", kind: Kind::Static, want: Some(548) },
    Lookup { method: Method::Get, path: "/teams32/stats8/stats6", kind: Kind::Static, want: Some(1453) },
    Lookup { method: Method::Put, path: "/v16", kind: Kind::Static, want: Some(422) },
    Lookup { method: Method::Get, path: "/api39/x26087", kind: Kind::Param, want: Some(1565) },
    Lookup { method: Method::Get, path: "/tags32/x79732/repos49/v212", kind: Kind::Param, want: Some(612) },
    Lookup { method: Method::Get, path: "/v13/x35719/blobs16", kind: Kind::Param, want: Some(497) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/v125/x46566/users1", kind: Kind::Param, want: Some(1648) },
    Lookup { method: Method::Get, path: "/runs33/users22", kind: Kind::Static, want: Some(1006) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/repos36", kind: Kind::Static, want: Some(715) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/admin55/x95163/v247", kind: Kind::Param, want: Some(1736) },
    Lookup { method: Method::Put, path: "/repos57/x26300/orgs37/x50038", kind: Kind::Param, want: Some(1603) },
    Lookup { method: Method::Delete, path: "/keys56", kind: Kind::Static, want: Some(1996) },
    Lookup { method: Method::Post, path: "/stats35", kind: Kind::Static, want: Some(1374) },
    Lookup { method: Method::Delete, path: "/files1/teams53/stats44", kind: Kind::Static, want: Some(1090) },
    Lookup { method: Method::Get, path: "/jobs29/nosuch83", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/orgs3/x93043/feeds14", kind: Kind::Param, want: Some(41) },
    Lookup { method: Method::Get, path: "/stats49", kind: Kind::Static, want: Some(847) },
    Lookup { method: Method::Get, path: "/tags4/keys14/nosuch98", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/repos53/stats16/repos29/x2586", kind: Kind::Param, want: Some(911) },
    Lookup { method: Method::Delete, path: "/items17/api20/feeds6", kind: Kind::Static, want: Some(1919) },
    Lookup { method: Method::Get, path: "/feeds32/nosuch96", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/orgs54/x42451/runs59/posts13/a/b/c/d/e/f", kind: Kind::Param, want: Some(1297) },
    Lookup { method: Method::Delete, path: "/jobs25/jobs2/x75318", kind: Kind::Param, want: Some(1794) },
    Lookup { method: Method::Get, path: "/orgs2/keys52/x36361", kind: Kind::Param, want: Some(150) },
    Lookup { method: Method::Delete, path: "/keys29", kind: Kind::Static, want: Some(1998) },
    Lookup { method: Method::Get, path: "/blobs13/pulls40/orgs58", kind: Kind::Static, want: Some(1452) },
    Lookup { method: Method::Get, path: "/tags53/x94564", kind: Kind::Param, want: Some(1838) },
    Lookup { method: Method::Post, path: "/teams27", kind: Kind::Static, want: Some(1627) },
    Lookup { method: Method::Post, path: "/users24", kind: Kind::Static, want: Some(633) },
    Lookup { method: Method::Get, path: "/tags25", kind: Kind::Static, want: Some(69) },
    Lookup { method: Method::Put, path: "/items19", kind: Kind::Static, want: Some(640) },
    Lookup { method: Method::Get, path: "/repos24/x57102/x31502", kind: Kind::Param, want: Some(1626) },
    Lookup { method: Method::Post, path: "/runs4/x3877/posts33", kind: Kind::Param, want: Some(84) },
    Lookup { method: Method::Get, path: "/repos16/v222/orgs24/blobs36", kind: Kind::Static, want: Some(630) },
    Lookup { method: Method::Put, path: "/stats48", kind: Kind::Static, want: Some(299) },
    Lookup { method: Method::Put, path: "/stats53/users0", kind: Kind::Static, want: Some(1102) },
    Lookup { method: Method::Get, path: "/zz/973", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/teams22", kind: Kind::Static, want: Some(160) },
    Lookup { method: Method::Get, path: "/runs13", kind: Kind::Static, want: Some(1938) },
    Lookup { method: Method::Delete, path: "/tags4/teams53/orgs4", kind: Kind::Static, want: Some(619) },
    Lookup { method: Method::Get, path: "/items12/stats53", kind: Kind::Static, want: Some(151) },
    Lookup { method: Method::Post, path: "/orgs23/stats33/x6253", kind: Kind::Param, want: Some(1019) },
    Lookup { method: Method::Put, path: "/blobs4/users39", kind: Kind::Static, want: Some(936) },
    Lookup { method: Method::Get, path: "/issues52/v132/blobs46/x71607", kind: Kind::Param, want: Some(1269) },
    Lookup { method: Method::Get, path: "/blobs20/jobs20/stats50/a/b/c/d/e/f", kind: Kind::Param, want: Some(62) },
    Lookup { method: Method::Delete, path: "/api13/repos30", kind: Kind::Static, want: Some(906) },
    Lookup { method: Method::Post, path: "/pulls26/admin39/items45/admin23", kind: Kind::Static, want: Some(917) },
    Lookup { method: Method::Get, path: "/repos17", kind: Kind::Static, want: Some(1165) },
    Lookup { method: Method::Put, path: "/stats17/v156", kind: Kind::Static, want: Some(937) },
    Lookup { method: Method::Get, path: "/api57/tags54/pulls0", kind: Kind::Static, want: Some(1642) },
    Lookup { method: Method::Get, path: "/files46/orgs32/users24", kind: Kind::Static, want: Some(1730) },
    Lookup { method: Method::Post, path: "/feeds3/v112", kind: Kind::Static, want: Some(221) },
    Lookup { method: Method::Get, path: "/stats49/orgs25", kind: Kind::Static, want: Some(515) },
    Lookup { method: Method::Get, path: "/blobs8/nosuch45", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/stats8/x99374/x27812", kind: Kind::Param, want: Some(1413) },
    Lookup { method: Method::Put, path: "/api7", kind: Kind::Static, want: Some(73) },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/posts3/issues48", kind: Kind::Static, want: Some(835) },
    Lookup { method: Method::Delete, path: "/jobs25/tags52", kind: Kind::Static, want: Some(1366) },
    Lookup { method: Method::Get, path: "/stats14", kind: Kind::Static, want: Some(266) },
    Lookup { method: Method::Get, path: "/stats11", kind: Kind::Static, want: Some(730) },
    Lookup { method: Method::Post, path: "/pulls51/api47/orgs19/pulls39", kind: Kind::Static, want: Some(768) },
    Lookup { method: Method::Get, path: "/jobs26/feeds9/users53", kind: Kind::Static, want: Some(8) },
    Lookup { method: Method::Delete, path: "/runs51/users53/a/b/c/d/e/f", kind: Kind::Param, want: Some(732) },
    Lookup { method: Method::Get, path: "/posts22", kind: Kind::Static, want: Some(318) },
    Lookup { method: Method::Put, path: "/blobs19", kind: Kind::Static, want: Some(1666) },
    Lookup { method: Method::Post, path: "/pulls13/tags33/items13/a/b/c/d/e/f", kind: Kind::Param, want: Some(652) },
    Lookup { method: Method::Post, path: "/v255/stats24/files59", kind: Kind::Static, want: Some(532) },
    Lookup { method: Method::Post, path: "/posts3/issues42/orgs35/teams14", kind: Kind::Static, want: Some(267) },
    Lookup { method: Method::Post, path: "/tags12/v238", kind: Kind::Static, want: Some(1711) },
    Lookup { method: Method::Get, path: "/v251/files40/issues60/stats41", kind: Kind::Static, want: Some(1131) },
    Lookup { method: Method::Delete, path: "/issues51/x41982", kind: Kind::Param, want: Some(1408) },
    Lookup { method: Method::Get, path: "/repos16/v222/orgs24/blobs36", kind: Kind::Static, want: Some(630) },
    Lookup { method: Method::Post, path: "/files13/x40673/tags53/admin3", kind: Kind::Param, want: Some(1499) },
    Lookup { method: Method::Get, path: "/runs29", kind: Kind::Static, want: Some(368) },
    Lookup { method: Method::Put, path: "/tags17/v212/posts32", kind: Kind::Static, want: Some(726) },
    Lookup { method: Method::Post, path: "/items28", kind: Kind::Static, want: Some(1139) },
    Lookup { method: Method::Get, path: "/api43/files43/orgs30/runs25", kind: Kind::Static, want: Some(857) },
    Lookup { method: Method::Delete, path: "/v28/admin38", kind: Kind::Static, want: Some(1184) },
    Lookup { method: Method::Get, path: "/tags30/posts47/blobs11/admin38", kind: Kind::Static, want: Some(1361) },
    Lookup { method: Method::Delete, path: "/api22/v139/users9/stats11", kind: Kind::Static, want: Some(1700) },
    Lookup { method: Method::Delete, path: "/admin1/items46/x99932", kind: Kind::Param, want: Some(1713) },
    Lookup { method: Method::Get, path: "/runs34/items57/items21/admin58", kind: Kind::Static, want: Some(1918) },
    Lookup { method: Method::Post, path: "/items15", kind: Kind::Static, want: Some(552) },
    Lookup { method: Method::Post, path: "/users47", kind: Kind::Static, want: Some(355) },
    Lookup { method: Method::Post, path: "/repos8", kind: Kind::Static, want: Some(864) },
    Lookup { method: Method::Get, path: "/jobs20/blobs40/tags27/x51490", kind: Kind::Param, want: Some(1828) },
    Lookup { method: Method::Get, path: "/teams17/stats46", kind: Kind::Static, want: Some(1757) },
    Lookup { method: Method::Get, path: "/stats32/v23/nosuch18", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/api8/posts11/admin0", kind: Kind::Static, want: Some(840) },
    Lookup { method: Method::Get, path: "/jobs27/stats10/nosuch94", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/blobs43", kind: Kind::Static, want: Some(1296) },
    Lookup { method: Method::Get, path: "/orgs37/blobs1/admin6", kind: Kind::Static, want: Some(1850) },
    Lookup { method: Method::Delete, path: "/items30/x31607/keys42/feeds40", kind: Kind::Param, want: Some(1837) },
    Lookup { method: Method::Get, path: "/api18/x67842", kind: Kind::Param, want: Some(745) },
    Lookup { method: Method::Get, path: "/jobs28/x9909", kind: Kind::Param, want: Some(1858) },
    Lookup { method: Method::Put, path: "/api49", kind: Kind::Static, want: Some(1772) },
    Lookup { method: Method::Post, path: "/files46/tags23/blobs59/api18", kind: Kind::Static, want: Some(1645) },
    Lookup { method: Method::Get, path: "/zz/313", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/orgs9/repos41/files8/pulls32", kind: Kind::Static, want: Some(1004) },
    Lookup { method: Method::Post, path: "/files47", kind: Kind::Static, want: Some(293) },
    Lookup { method: Method::Get, path: "/pulls18/x78649/v140", kind: Kind::Param, want: Some(693) },
    Lookup { method: Method::Get, path: "/items10/runs28/feeds14/repos6", kind: Kind::Static, want: Some(948) },
    Lookup { method: Method::Get, path: "/issues48/x30580", kind: Kind::Param, want: Some(465) },
    Lookup { method: Method::Get, path: "/tags43/a/b/c/d/e/f", kind: Kind::Param, want: Some(1225) },
    Lookup { method: Method::Get, path: "/items41/issues48", kind: Kind::Static, want: Some(148) },
    Lookup { method: Method::Put, path: "/jobs49/runs29", kind: Kind::Static, want: Some(1528) },
    Lookup { method: Method::Delete, path: "/v220/blobs52", kind: Kind::Static, want: Some(479) },
    Lookup { method: Method::Put, path: "/posts35/v123/feeds42", kind: Kind::Static, want: Some(14) },
    Lookup { method: Method::Get, path: "/tags6/orgs12/pulls31", kind: Kind::Static, want: Some(420) },
    Lookup { method: Method::Get, path: "/stats36/blobs31", kind: Kind::Static, want: Some(1293) },
    Lookup { method: Method::Get, path: "/users5/issues49/items57/nosuch43", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/runs56/runs12/tags48", kind: Kind::Static, want: Some(999) },
    Lookup { method: Method::Get, path: "/v136/stats31/stats17/nosuch49", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/pulls31/files34/blobs22", kind: Kind::Static, want: Some(149) },
    Lookup { method: Method::Get, path: "/orgs52/nosuch86", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/keys27/teams42/users59", kind: Kind::Static, want: Some(1235) },
    Lookup { method: Method::Get, path: "/blobs38/x55788/posts34/items38", kind: Kind::Param, want: Some(1836) },
    Lookup { method: Method::Get, path: "/runs48/api20/posts45/issues6", kind: Kind::Static, want: Some(1649) },
    Lookup { method: Method::Delete, path: "/tags53/x80233", kind: Kind::Param, want: Some(1847) },
    Lookup { method: Method::Delete, path: "/orgs28", kind: Kind::Static, want: Some(1816) },
    Lookup { method: Method::Put, path: "/teams0", kind: Kind::Static, want: Some(489) },
    Lookup { method: Method::Get, path: "/tags47/admin21", kind: Kind::Static, want: Some(992) },
    Lookup { method: Method::Get, path: "/items56", kind: Kind::Static, want: Some(681) },
    Lookup { method: Method::Get, path: "/v233/pulls4/x8577/v10", kind: Kind::Param, want: Some(1681) },
    Lookup { method: Method::Get, path: "/api27/nosuch32", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/v239", kind: Kind::Static, want: Some(785) },
    Lookup { method: Method::Get, path: "/files44", kind: Kind::Static, want: Some(37) },
    Lookup { method: Method::Get, path: "/feeds42/x56236/x39919", kind: Kind::Param, want: Some(1641) },
    Lookup { method: Method::Get, path: "/stats36/nosuch22", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/issues50/feeds39/x32071", kind: Kind::Param, want: Some(622) },
    Lookup { method: Method::Get, path: "/admin21", kind: Kind::Static, want: Some(514) },
    Lookup { method: Method::Get, path: "/users42", kind: Kind::Static, want: Some(1523) },
    Lookup { method: Method::Get, path: "/items28/x96416/tags51", kind: Kind::Param, want: Some(1606) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs60/api54/x18543", kind: Kind::Param, want: Some(826) },
    Lookup { method: Method::Get, path: "/blobs22/feeds19/runs3/tags44", kind: Kind::Static, want: Some(1392) },
    Lookup { method: Method::Post, path: "/files42", kind: Kind::Static, want: Some(1349) },
    Lookup { method: Method::Get, path: "/v242", kind: Kind::Static, want: Some(77) },
    Lookup { method: Method::Get, path: "/blobs47", kind: Kind::Static, want: Some(1008) },
    Lookup { method: Method::Get, path: "/orgs0/runs45", kind: Kind::Static, want: Some(623) },
    Lookup { method: Method::Get, path: "/v14/teams19/x20092", kind: Kind::Param, want: Some(521) },
    Lookup { method: Method::Get, path: "/api13", kind: Kind::Static, want: Some(360) },
    Lookup { method: Method::Delete, path: "/items20", kind: Kind::Static, want: Some(1117) },
    Lookup { method: Method::Delete, path: "/repos53/v142/x8257", kind: Kind::Param, want: Some(1447) },
    Lookup { method: Method::Get, path: "/items5/pulls60/x12565", kind: Kind::Param, want: Some(931) },
    Lookup { method: Method::Put, path: "/repos42", kind: Kind::Static, want: Some(295) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs47", kind: Kind::Static, want: Some(1488) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/jobs31/repos25/tags47", kind: Kind::Static, want: Some(1104) },
    Lookup { method: Method::Get, path: "/v226/admin4/api35", kind: Kind::Static, want: Some(1496) },
    Lookup { method: Method::Get, path: "/issues31/tags22/files40/jobs43", kind: Kind::Static, want: Some(347) },
    Lookup { method: Method::Get, path: "/pulls27/api22/orgs54/admin33", kind: Kind::Static, want: Some(1749) },
    Lookup { method: Method::Get, path: "/posts24/posts12/posts4", kind: Kind::Static, want: Some(1053) },
    Lookup { method: Method::Get, path: "/pulls34/admin26", kind: Kind::Static, want: Some(1273) },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos40", kind: Kind::Static, want: Some(680) },
    Lookup { method: Method::Put, path: "/tags55/jobs42/v217/x98025", kind: Kind::Param, want: Some(1039) },
    Lookup { method: Method::Get, path: "/api51/api25/v229/x5551", kind: Kind::Param, want: Some(1268) },
    Lookup { method: Method::Put, path: "/keys33/files42", kind: Kind::Static, want: Some(968) },
    Lookup { method: Method::Post, path: "/pulls34/items36/x29902/orgs36", kind: Kind::Param, want: Some(81) },
    Lookup { method: Method::Delete, path: "/api12/issues36/keys39", kind: Kind::Static, want: Some(1078) },
    Lookup { method: Method::Post, path: "/runs31", kind: Kind::Static, want: Some(1815) },
    Lookup { method: Method::Get, path: "/users36/api25", kind: Kind::Static, want: Some(1064) },
    Lookup { method: Method::Get, path: "/pulls45/nosuch3", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/api27/nosuch0", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/v112/x61986/x3919/posts46", kind: Kind::Param, want: Some(599) },
    Lookup { method: Method::Get, path: "/stats5/stats39/repos17", kind: Kind::Static, want: Some(1913) },
    Lookup { method: Method::Get, path: "/api1/items27", kind: Kind::Static, want: Some(64) },
    Lookup { method: Method::Get, path: "/feeds42/x64767/x84682", kind: Kind::Param, want: Some(1641) },
    Lookup { method: Method::Post, path: "/posts48/pulls11/feeds27/x58593", kind: Kind::Param, want: Some(345) },
    Lookup { method: Method::Get, path: "/posts13/x28275/blobs15", kind: Kind::Param, want: Some(660) },
    Lookup { method: Method::Get, path: "/api43/pulls11", kind: Kind::Static, want: Some(1025) },
    Lookup { method: Method::Get, path: "/blobs13/users60/pulls53", kind: Kind::Static, want: Some(157) },
    Lookup { method: Method::Get, path: "/posts1", kind: Kind::Static, want: Some(342) },
    Lookup { method: Method::Get, path: "/users49", kind: Kind::Static, want: Some(1608) },
    Lookup { method: Method::Put, path: "/stats17/v156", kind: Kind::Static, want: Some(937) },
    Lookup { method: Method::Get, path: "/tags24/x32877/blobs5", kind: Kind::Param, want: Some(367) },
    Lookup { method: Method::Get, path: "/feeds8/jobs45", kind: Kind::Static, want: Some(671) },
    Lookup { method: Method::Get, path: "/pulls9/x2876/x98011", kind: Kind::Param, want: Some(1787) },
    Lookup { method: Method::Get, path: "/blobs27/teams30/a/b/c/d/e/f", kind: Kind::Param, want: Some(1978) },
    Lookup { method: Method::Post, path: "/orgs33", kind: Kind::Static, want: Some(250) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/blobs19", kind: Kind::Static, want: Some(1929) },
    Lookup { method: Method::Get, path: "/users58/v14/x74944/blobs37", kind: Kind::Param, want: Some(565) },
    Lookup { method: Method::Get, path: "/blobs50/v146/nosuch0", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos13/blobs13/keys48", kind: Kind::Static, want: Some(1518) },
    Lookup { method: Method::Post, path: "/api54/orgs51/repos18/runs59", kind: Kind::Static, want: Some(219) },
    Lookup { method: Method::Get, path: "/v26/nosuch23", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/runs33/users22", kind: Kind::Static, want: Some(1006) },
    Lookup { method: Method::Put, path: "/blobs9", kind: Kind::Static, want: Some(1120) },
    Lookup { method: Method::Post, path: "/jobs11/v12", kind: Kind::Static, want: Some(1650) },
    Lookup { method: Method::Get, path: "/users49/files37/blobs8", kind: Kind::Static, want: Some(1254) },
    Lookup { method: Method::Delete, path: "/api45/v243", kind: Kind::Static, want: Some(1512) },
    Lookup { method: Method::Delete, path: "/jobs39/items58/repos47", kind: Kind::Static, want: Some(1944) },
    Lookup { method: Method::Get, path: "/blobs11", kind: Kind::Static, want: Some(520) },
    Lookup { method: Method::Get, path: "/v122/blobs52/stats24/repos57", kind: Kind::Static, want: Some(224) },
    Lookup { method: Method::Get, path: "/feeds59/feeds47/keys0/x15461/a/b/c/d/e/f", kind: Kind::Param, want: Some(663) },
    Lookup { method: Method::Get, path: "/jobs10", kind: Kind::Static, want: Some(1332) },
    Lookup { method: Method::Delete, path: "/tags23/x85498/v131/repos5", kind: Kind::Param, want: Some(862) },
    Lookup { method: Method::Get, path: "/jobs53/blobs18/teams40", kind: Kind::Static, want: Some(230) },
    Lookup { method: Method::Get, path: "/teams52/runs1/nosuch38", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/teams10", kind: Kind::Static, want: Some(1370) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/files3/teams43/v239", kind: Kind::Static, want: Some(441) },
    Lookup { method: Method::Delete, path: "/issues22/issues48/v216/items15", kind: Kind::Static, want: Some(1855) },
    Lookup { method: Method::Get, path: "/runs43/admin27/teams53/tags15", kind: Kind::Static, want: Some(1544) },
    Lookup { method: Method::Get, path: "/orgs32/items1/feeds14", kind: Kind::Static, want: Some(1624) },
    Lookup { method: Method::Get, path: "/runs56", kind: Kind::Static, want: Some(376) },
    Lookup { method: Method::Get, path: "/feeds2", kind: Kind::Static, want: Some(905) },
    Lookup { method: Method::Delete, path: "/v216/files41/x81355", kind: Kind::Param, want: Some(830) },
    Lookup { method: Method::Delete, path: "/tags0/admin20", kind: Kind::Static, want: Some(1613) },
    Lookup { method: Method::Delete, path: "/admin7/stats22/posts18", kind: Kind::Static, want: Some(283) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/files17/users43/x39698", kind: Kind::Param, want: Some(24) },
    Lookup { method: Method::Put, path: "/files40/api22/pulls19/x61735", kind: Kind::Param, want: Some(273) },
    Lookup { method: Method::Get, path: "/feeds32", kind: Kind::Static, want: Some(1174) },
    Lookup { method: Method::Get, path: "/posts23", kind: Kind::Static, want: Some(1157) },
    Lookup { method: Method::Put, path: "/files31/users53", kind: Kind::Static, want: Some(1133) },
    Lookup { method: Method::Get, path: "/tags10/issues17/v248", kind: Kind::Static, want: Some(1476) },
    Lookup { method: Method::Get, path: "/items14/keys47", kind: Kind::Static, want: Some(1312) },
    Lookup { method: Method::Get, path: "/blobs41/files47/x880", kind: Kind::Param, want: Some(779) },
    Lookup { method: Method::Get, path: "/posts1/nosuch86", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos22/v15/runs7", kind: Kind::Static, want: Some(1367) },
    Lookup { method: Method::Post, path: "/blobs48", kind: Kind::Static, want: Some(1548) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/users21/v251/blobs49", kind: Kind::Static, want: Some(1272) },
    Lookup { method: Method::Get, path: "/stats3/pulls44/x10643/v120", kind: Kind::Param, want: Some(1843) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/orgs30/x27808/pulls45", kind: Kind::Param, want: Some(237) },
    Lookup { method: Method::Put, path: "/orgs35/pulls26", kind: Kind::Static, want: Some(1485) },
    Lookup { method: Method::Post, path: "/users54/x95653/x3060", kind: Kind::Param, want: Some(1593) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/repos3/items8", kind: Kind::Static, want: Some(1926) },
    Lookup { method: Method::Get, path: "/items26/files40/pulls35", kind: Kind::Static, want: Some(757) },
    Lookup { method: Method::Get, path: "/blobs34/admin16/users35/v127", kind: Kind::Static, want: Some(628) },
    Lookup { method: Method::Get, path: "/orgs45/items60/api17", kind: Kind::Static, want: Some(1887) },
    Lookup { method: Method::Get, path: "/files29/users55/runs8/pulls56", kind: Kind::Static, want: Some(1660) },
    Lookup { method: Method::Get, path: "/blobs28", kind: Kind::Static, want: Some(1376) },
    Lookup { method: Method::Post, path: "/admin40/admin8/x57304", kind: Kind::Param, want: Some(1530) },
    Lookup { method: Method::Get, path: "/posts33/keys52/nosuch29", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos58/keys1/blobs36/api14", kind: Kind::Static, want: Some(1638) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/api47/files37/admin33", kind: Kind::Static, want: Some(1164) },
    Lookup { method: Method::Post, path: "/v27/tags17/posts30/x20444", kind: Kind::Param, want: Some(1380) },
    Lookup { method: Method::Get, path: "/admin19", kind: Kind::Static, want: Some(525) },
    Lookup { method: Method::Post, path: "/tags12/v238", kind: Kind::Static, want: Some(1711) },
    Lookup { method: Method::Get, path: "/v146/x81070/x55961/orgs28", kind: Kind::Param, want: Some(881) },
    Lookup { method: Method::Get, path: "/v160/users48/x82475/api36", kind: Kind::Param, want: Some(957) },
    Lookup { method: Method::Put, path: "/jobs26", kind: Kind::Static, want: Some(1432) },
    Lookup { method: Method::Delete, path: "/feeds49/posts10/posts4/a/b/c/d/e/f", kind: Kind::Param, want: Some(1732) },
    Lookup { method: Method::Put, path: "/admin6/issues51", kind: Kind::Static, want: Some(428) },
    Lookup { method: Method::Get, path: "/pulls23/v120", kind: Kind::Static, want: Some(364) },
    Lookup { method: Method::Get, path: "/repos10", kind: Kind::Static, want: Some(1295) },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/stats35/x10949/orgs48", kind: Kind::Param, want: Some(202) },
    Lookup { method: Method::Get, path: "/v29", kind: Kind::Static, want: Some(385) },
    Lookup { method: Method::Get, path: "/posts46/feeds60/v19/x96741", kind: Kind::Param, want: Some(551) },
    Lookup { method: Method::Get, path: "/blobs42", kind: Kind::Static, want: Some(188) },
    Lookup { method: Method::Get, path: "/jobs8/jobs54/orgs56", kind: Kind::Static, want: Some(925) },
    Lookup { method: Method::Post, path: "/feeds3/v112", kind: Kind::Static, want: Some(221) },
    Lookup { method: Method::Get, path: "/jobs2", kind: Kind::Static, want: Some(1250) },
    Lookup { method: Method::Get, path: "/runs22/orgs8/x8452/posts26", kind: Kind::Param, want: Some(324) },
    Lookup { method: Method::Put, path: "/repos23/items59/teams47", kind: Kind::Static, want: Some(1428) },
    Lookup { method: Method::Post, path: "/posts16/tags23/x29856", kind: Kind::Param, want: Some(1024) },
    Lookup { method: Method::Post, path: "/api56", kind: Kind::Static, want: Some(1775) },
    Lookup { method: Method::Get, path: "/files35/v23/x96467", kind: Kind::Param, want: Some(130) },
    Lookup { method: Method::Get, path: "/issues50/feeds2/posts36", kind: Kind::Static, want: Some(1990) },
    Lookup { method: Method::Get, path: "/teams52/runs1/x70442/x72908/a/b/c/d/e/f", kind: Kind::Param, want: Some(1422) },
    Lookup { method: Method::Put, path: "/items19", kind: Kind::Static, want: Some(640) },
    Lookup { method: Method::Delete, path: "/runs39/items36/users33/blobs21", kind: Kind::Static, want: Some(976) },
    Lookup { method: Method::Get, path: "/v242/keys57/repos25/api42", kind: Kind::Static, want: Some(1419) },
    Lookup { method: Method::Get, path: "/admin32/tags32", kind: Kind::Static, want: Some(417) },
    Lookup { method: Method::Get, path: "/items41/runs3", kind: Kind::Static, want: Some(1709) },
    Lookup { method: Method::Get, path: "/items26/files40/pulls35", kind: Kind::Static, want: Some(757) },
    Lookup { method: Method::Get, path: "/files24/repos18/tags33", kind: Kind::Static, want: Some(1909) },
    Lookup { method: Method::Delete, path: "/repos53/v142/x94337", kind: Kind::Param, want: Some(1447) },
    Lookup { method: Method::Get, path: "/repos52/items40", kind: Kind::Static, want: Some(1359) },
    Lookup { method: Method::Post, path: "/keys26/pulls1/stats51", kind: Kind::Static, want: Some(889) },
    Lookup { method: Method::Post, path: "/orgs2/files33/keys25", kind: Kind::Static, want: Some(1869) },
    Lookup { method: Method::Put, path: "/blobs46/jobs6/x5437/issues45", kind: Kind::Param, want: Some(574) },
    Lookup { method: Method::Post, path: "/api56", kind: Kind::Static, want: Some(1775) },
    Lookup { method: Method::Post, path: "/api56", kind: Kind::Static, want: Some(1775) },
    Lookup { method: Method::Post, path: "/runs56/x77651", kind: Kind::Param, want: Some(696) },
    Lookup { method: Method::Delete, path: "/stats7/admin51", kind: Kind::Static, want: Some(252) },
    Lookup { method: Method::Get, path: "/keys32/repos42", kind: Kind::Static, want: Some(1566) },
    Lookup { method: Method::Get, path: "/feeds41/repos52/x69381", kind: Kind::Param, want: Some(760) },
    Lookup { method: Method::Get, path: "/feeds21/v225/v138", kind: Kind::Static, want: Some(20) },
    Lookup { method: Method::Get, path: "/v118/posts45/tags21", kind: Kind::Static, want: Some(321) },
    Lookup { method: Method::Get, path: "/feeds58/items4", kind: Kind::Static, want: Some(856) },
    Lookup { method: Method::Delete, path: "/posts4/teams52/v259", kind: Kind::Static, want: Some(1950) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/admin44/api16", kind: Kind::Static, want: Some(290) },
    Lookup { method: Method::Get, path: "/pulls31/files34/blobs22", kind: Kind::Static, want: Some(149) },
    Lookup { method: Method::Get, path: "/jobs1/jobs15", kind: Kind::Static, want: Some(721) },
    Lookup { method: Method::Get, path: "/stats38/items56", kind: Kind::Static, want: Some(40) },
    Lookup { method: Method::Post, path: "/admin22/jobs7/orgs51/x57964", kind: Kind::Param, want: Some(1739) },
    Lookup { method: Method::Get, path: "/users37/admin44/keys0", kind: Kind::Static, want: Some(759) },
    Lookup { method: Method::Get, path: "/zz/304", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/pulls18/x48217/v140", kind: Kind::Param, want: Some(693) },
    Lookup { method: Method::Get, path: "/files22/teams54/jobs48", kind: Kind::Static, want: Some(369) },
    Lookup { method: Method::Get, path: "/runs34/items57/items21/admin58", kind: Kind::Static, want: Some(1918) },
    Lookup { method: Method::Post, path: "/issues3", kind: Kind::Static, want: Some(1411) },
    Lookup { method: Method::Get, path: "/jobs3/keys31/feeds21/nosuch14", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/admin53", kind: Kind::Static, want: Some(1868) },
    Lookup { method: Method::Get, path: "/blobs3/users24/issues17/teams52", kind: Kind::Static, want: Some(1955) },
    Lookup { method: Method::Get, path: "/issues11/runs48", kind: Kind::Static, want: Some(155) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/blobs13/tags34/pulls21", kind: Kind::Static, want: Some(1670) },
    Lookup { method: Method::Post, path: "/admin12/x7667/stats47/repos44", kind: Kind::Param, want: Some(335) },
    Lookup { method: Method::Post, path: "/orgs38/posts50/x55791", kind: Kind::Param, want: Some(1505) },
    Lookup { method: Method::Get, path: "/issues35/x43819", kind: Kind::Param, want: Some(638) },
    Lookup { method: Method::Get, path: "/v232", kind: Kind::Static, want: Some(372) },
    Lookup { method: Method::Get, path: "/api6/pulls32/keys52", kind: Kind::Static, want: Some(1322) },
    Lookup { method: Method::Get, path: "/feeds37/x98170", kind: Kind::Param, want: Some(1657) },
    Lookup { method: Method::Get, path: "/orgs43/keys13/x72504/x19721", kind: Kind::Param, want: Some(7) },
    Lookup { method: Method::Get, path: "/repos28/jobs0/x36161/x99822", kind: Kind::Param, want: Some(1906) },
    Lookup { method: Method::Post, path: "/jobs29/stats48/issues56/x8081", kind: Kind::Param, want: Some(21) },
    Lookup { method: Method::Get, path: "/api1/keys32/users19", kind: Kind::Static, want: Some(231) },
    Lookup { method: Method::Get, path: "/admin20/blobs11/tags7", kind: Kind::Static, want: Some(1490) },
    Lookup { method: Method::Get, path: "/pulls10/feeds24/orgs40", kind: Kind::Static, want: Some(742) },
    Lookup { method: Method::Post, path: "/admin35/keys52", kind: Kind::Static, want: Some(1776) },
    Lookup { method: Method::Get, path: "/posts42/v158", kind: Kind::Static, want: Some(900) },
    Lookup { method: Method::Put, path: "/admin6", kind: Kind::Static, want: Some(1665) },
    Lookup { method: Method::Get, path: "/items5/pulls60/x68929", kind: Kind::Param, want: Some(931) },
    Lookup { method: Method::Get, path: "/orgs33", kind: Kind::Static, want: Some(464) },
    Lookup { method: Method::Put, path: "/items32/teams58/x61102/x45444", kind: Kind::Param, want: Some(1351) },
    Lookup { method: Method::Get, path: "/api11/feeds54/x68617", kind: Kind::Param, want: Some(1922) },
    Lookup { method: Method::Put, path: "/repos28/posts43/pulls27", kind: Kind::Static, want: Some(1161) },
    Lookup { method: Method::Get, path: "/items50/jobs27/orgs52/repos41", kind: Kind::Static, want: Some(1985) },
    Lookup { method: Method::Get, path: "/users36/api25", kind: Kind::Static, want: Some(1064) },
    Lookup { method: Method::Get, path: "/blobs55/jobs41", kind: Kind::Static, want: Some(1883) },
    Lookup { method: Method::Delete, path: "/pulls18/stats24/stats19", kind: Kind::Static, want: Some(805) },
    Lookup { method: Method::Delete, path: "/v26", kind: Kind::Static, want: Some(1279) },
    Lookup { method: Method::Post, path: "/tags44/x446/tags3", kind: Kind::Param, want: Some(401) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/feeds42/x36130/x48228", kind: Kind::Param, want: Some(1641) },
    Lookup { method: Method::Delete, path: "/issues44/stats42/pulls35", kind: Kind::Static, want: Some(303) },
    Lookup { method: Method::Delete, path: "/issues22/issues48/v216/items15", kind: Kind::Static, want: Some(1855) },
    Lookup { method: Method::Put, path: "/files17/jobs33/admin47", kind: Kind::Static, want: Some(206) },
    Lookup { method: Method::Delete, path: "/stats14/tags21", kind: Kind::Static, want: Some(147) },
    Lookup { method: Method::Post, path: "/issues48/issues16/x61233/v142/a/b/c/d/e/f", kind: Kind::Param, want: Some(1846) },
    Lookup { method: Method::Get, path: "/files22/teams54/jobs48/nosuch56", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/repos5/blobs14/runs48", kind: Kind::Static, want: Some(1097) },
    Lookup { method: Method::Post, path: "/v128/keys19", kind: Kind::Static, want: Some(1833) },
    Lookup { method: Method::Post, path: "/items14/runs14", kind: Kind::Static, want: Some(961) },
    Lookup { method: Method::Put, path: "/api27/stats58", kind: Kind::Static, want: Some(1875) },
    Lookup { method: Method::Get, path: "/v17/a/b/c/d/e/f", kind: Kind::Param, want: Some(25) },
    Lookup { method: Method::Get, path: "/posts24/posts12/nosuch85", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/items20/posts0", kind: Kind::Static, want: Some(926) },
    Lookup { method: Method::Post, path: "/runs19/repos41/api24/jobs33", kind: Kind::Static, want: Some(1958) },
    Lookup { method: Method::Delete, path: "/api32/x94899/repos55/api7", kind: Kind::Param, want: Some(1834) },
    Lookup { method: Method::Get, path: "/files60/jobs60/keys20/x88454", kind: Kind::Param, want: Some(289) },
    Lookup { method: Method::Get, path: "/posts46/feeds60/v19/x91964", kind: Kind::Param, want: Some(551) },
    Lookup { method: Method::Get, path: "/issues15/x86804/x10548", kind: Kind::Param, want: Some(1126) },
    Lookup { method: Method::Delete, path: "/tags23/x85189/v131/repos5", kind: Kind::Param, want: Some(862) },
    Lookup { method: Method::Delete, path: "/files18/a/b/c/d/e/f", kind: Kind::Param, want: Some(1661) },
    Lookup { method: Method::Get, path: "/repos38/admin26/tags55", kind: Kind::Static, want: Some(1824) },
    Lookup { method: Method::Get, path: "/posts28/x17967/files45", kind: Kind::Param, want: Some(1404) },
    Lookup { method: Method::Put, path: "/orgs42/runs59", kind: Kind::Static, want: Some(1256) },
    Lookup { method: Method::Get, path: "/admin12/x16650", kind: Kind::Param, want: Some(1653) },
    Lookup { method: Method::Get, path: "/tags24/tags47/feeds60", kind: Kind::Static, want: Some(604) },
    Lookup { method: Method::Get, path: "/jobs50", kind: Kind::Static, want: Some(409) },
    Lookup { method: Method::Post, path: "/blobs7", kind: Kind::Static, want: Some(1321) },
    Lookup { method: Method::Put, path: "/users4/api44/keys3/x12649/a/b/c/d/e/f", kind: Kind::Param, want: Some(216) },
    Lookup { method: Method::Get, path: "/orgs55/keys26/x9646/admin22", kind: Kind::Param, want: Some(1017) },
    Lookup { method: Method::Post, path: "/v140/stats25/posts52/repos13", kind: Kind::Static, want: Some(1222) },
    Lookup { method: Method::Delete, path: "/admin1/items46/x21958", kind: Kind::Param, want: Some(1713) },
    Lookup { method: Method::Post, path: "/tags35/runs8", kind: Kind::Static, want: Some(1224) },
    Lookup { method: Method::Get, path: "/v253/x68323", kind: Kind::Param, want: Some(1438) },
    Lookup { method: Method::Delete, path: "/keys5/files29/items6", kind: Kind::Static, want: Some(978) },
    Lookup { method: Method::Get, path: "/posts47/v148", kind: Kind::Static, want: Some(1904) },
    Lookup { method: Method::Get, path: "/v223", kind: Kind::Static, want: Some(1982) },
    Lookup { method: Method::Get, path: "/jobs45/stats12", kind: Kind::Static, want: Some(1173) },
    Lookup { method: Method::Post, path: "/tags3/a/b/c/d/e/f", kind: Kind::Param, want: Some(845) },
    Lookup { method: Method::Delete, path: "/jobs25/tags52", kind: Kind::Static, want: Some(1366) },
    Lookup { method: Method::Get, path: "/v14/teams19/x38880", kind: Kind::Param, want: Some(521) },
    Lookup { method: Method::Get, path: "/blobs25/v29/api39", kind: Kind::Static, want: Some(46) },
    Lookup { method: Method::Get, path: "/posts52/posts48/jobs25/v245", kind: Kind::Static, want: Some(1219) },
    Lookup { method: Method::Put, path: "/repos36/stats0/orgs29", kind: Kind::Static, want: Some(1308) },
    Lookup { method: Method::Get, path: "/stats2/nosuch38", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/files54/x8297/x69979/a/b/c/d/e/f", kind: Kind::Param, want: Some(1457) },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/admin32/v149", kind: Kind::Static, want: Some(1896) },
    Lookup { method: Method::Get, path: "/orgs28/nosuch30", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/files47", kind: Kind::Static, want: Some(293) },
    Lookup { method: Method::Put, path: "/keys58", kind: Kind::Static, want: Some(1754) },
    Lookup { method: Method::Get, path: "/admin24/admin38", kind: Kind::Static, want: Some(842) },
    Lookup { method: Method::Post, path: "/v232/x81239/admin42", kind: Kind::Param, want: Some(1659) },
    Lookup { method: Method::Post, path: "/stats3/v242/x34391", kind: Kind::Param, want: Some(338) },
    Lookup { method: Method::Delete, path: "/teams25/x27753/v242", kind: Kind::Param, want: Some(959) },
    Lookup { method: Method::Get, path: "/stats58", kind: Kind::Static, want: Some(871) },
    Lookup { method: Method::Get, path: "/admin43/files19/jobs33/v129", kind: Kind::Static, want: Some(1886) },
    Lookup { method: Method::Put, path: "/posts53/admin44", kind: Kind::Static, want: Some(839) },
    Lookup { method: Method::Get, path: "/pulls60/repos3/x196/issues46", kind: Kind::Param, want: Some(756) },
    Lookup { method: Method::Get, path: "/feeds37/files16/files38", kind: Kind::Static, want: Some(1569) },
    Lookup { method: Method::Get, path: "/orgs1/blobs35/blobs15/v152", kind: Kind::Static, want: Some(362) },
    Lookup { method: Method::Get, path: "/v159", kind: Kind::Static, want: Some(1737) },
    Lookup { method: Method::Get, path: "/issues42/items12/v113/items18", kind: Kind::Static, want: Some(789) },
    Lookup { method: Method::Get, path: "/issues35/x20497", kind: Kind::Param, want: Some(638) },
    Lookup { method: Method::Delete, path: "/issues50", kind: Kind::Static, want: Some(415) },
    Lookup { method: Method::Get, path: "/repos43/v20/runs40", kind: Kind::Static, want: Some(697) },
    Lookup { method: Method::Get, path: "/tags30/files13/runs22/x84547", kind: Kind::Param, want: Some(1363) },
    Lookup { method: Method::Get, path: "/zz/567", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/teams34/keys48/items40", kind: Kind::Static, want: Some(463) },
    Lookup { method: Method::Post, path: "/admin40/admin8/x29760", kind: Kind::Param, want: Some(1530) },
    Lookup { method: Method::Get, path: "/v260", kind: Kind::Static, want: Some(154) },
    Lookup { method: Method::Delete, path: "/v220/blobs52", kind: Kind::Static, want: Some(479) },
    Lookup { method: Method::Get, path: "/v158", kind: Kind::Static, want: Some(587) },
    Lookup { method: Method::Get, path: "/tags28/files46/admin14/repos32", kind: Kind::Static, want: Some(865) },
    Lookup { method: Method::Get, path: "/runs14/api26/x55218/feeds46/a/b/c/d/e/f", kind: Kind::Param, want: Some(517) },
    Lookup { method: Method::Get, path: "/v245/a/b/c/d/e/f", kind: Kind::Param, want: Some(32) },
    Lookup { method: Method::Post, path: "/stats34/v151/x48124/x7793", kind: Kind::Param, want: Some(698) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/v222/nosuch5", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/posts10/teams37", kind: Kind::Static, want: Some(1551) },
    Lookup { method: Method::Put, path: "/admin41/x50043/users29", kind: Kind::Param, want: Some(969) },
    Lookup { method: Method::Get, path: "/repos3/nosuch7", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs10", kind: Kind::Static, want: Some(1332) },
    Lookup { method: Method::Post, path: "/users25/x88948", kind: Kind::Param, want: Some(1475) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/feeds50/repos41", kind: Kind::Static, want: Some(668) },
    Lookup { method: Method::Get, path: "/users8/x72866/runs55", kind: Kind::Param, want: Some(503) },
    Lookup { method: Method::Post, path: "/pulls58/blobs8", kind: Kind::Static, want: Some(1315) },
    Lookup { method: Method::Get, path: "/teams20/x83158", kind: Kind::Param, want: Some(705) },
    Lookup { method: Method::Get, path: "/posts22/files44/nosuch1", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos39/pulls10/a/b/c/d/e/f", kind: Kind::Param, want: Some(1778) },
    Lookup { method: Method::Get, path: "/keys15", kind: Kind::Static, want: Some(1856) },
    Lookup { method: Method::Get, path: "/repos20", kind: Kind::Static, want: Some(1722) },
    Lookup { method: Method::Post, path: "/v19/x27293/posts26", kind: Kind::Param, want: Some(1669) },
    Lookup { method: Method::Get, path: "/keys31/teams14", kind: Kind::Static, want: Some(1227) },
    Lookup { method: Method::Post, path: "/v251/jobs5/repos19/jobs1", kind: Kind::Static, want: Some(1788) },
    Lookup { method: Method::Post, path: "/pulls20", kind: Kind::Static, want: Some(507) },
    Lookup { method: Method::Get, path: "/users48", kind: Kind::Static, want: Some(790) },
    Lookup { method: Method::Get, path: "/pulls38", kind: Kind::Static, want: Some(279) },
    Lookup { method: Method::Delete, path: "/items51", kind: Kind::Static, want: Some(1208) },
    Lookup { method: Method::Get, path: "/teams51/runs43/files3/jobs25", kind: Kind::Static, want: Some(1378) },
    Lookup { method: Method::Put, path: "/blobs4/posts9/repos56", kind: Kind::Static, want: Some(527) },
    Lookup { method: Method::Get, path: "/items40", kind: Kind::Static, want: Some(1866) },
    Lookup { method: Method::Get, path: "/admin10/files35/teams50", kind: Kind::Static, want: Some(659) },
    Lookup { method: Method::Get, path: "/admin32/tags32", kind: Kind::Static, want: Some(417) },
    Lookup { method: Method::Delete, path: "/repos55/x10840/x51063", kind: Kind::Param, want: Some(402) },
    Lookup { method: Method::Get, path: "/stats35/tags19/teams0", kind: Kind::Static, want: Some(886) },
    Lookup { method: Method::Get, path: "/files47/nosuch23", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/users21/nosuch3", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/items13/orgs17/x67642", kind: Kind::Param, want: Some(1577) },
    Lookup { method: Method::Get, path: "/keys55/issues32/v129/users12", kind: Kind::Static, want: Some(239) },
    Lookup { method: Method::Get, path: "/keys28/teams34/keys45/jobs14", kind: Kind::Static, want: Some(435) },
    Lookup { method: Method::Post, path: "/posts37/x80012/admin36", kind: Kind::Param, want: Some(1861) },
    Lookup { method: Method::Get, path: "/api50/keys18/issues18/nosuch30", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/stats23/blobs21/posts28/issues20/a/b/c/d/e/f", kind: Kind::Param, want: Some(90) },
    Lookup { method: Method::Get, path: "/feeds57/x9638/x7457/files11", kind: Kind::Param, want: Some(583) },
    Lookup { method: Method::Get, path: "/runs26/nosuch62", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/repos31/admin59", kind: Kind::Static, want: Some(1506) },
    Lookup { method: Method::Get, path: "/blobs46/blobs10/x55037/keys22", kind: Kind::Param, want: Some(1923) },
    Lookup { method: Method::Put, path: "/v256/repos18/orgs29", kind: Kind::Static, want: Some(927) },
    Lookup { method: Method::Get, path: "/feeds59/feeds47/keys0/x94589/a/b/c/d/e/f", kind: Kind::Param, want: Some(663) },
    Lookup { method: Method::Get, path: "/blobs29/admin20/nosuch73", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/keys40", kind: Kind::Static, want: Some(918) },
    Lookup { method: Method::Get, path: "/posts33", kind: Kind::Static, want: Some(117) },
    Lookup { method: Method::Post, path: "/v214/x4349/v117/items51", kind: Kind::Param, want: Some(222) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/files57/feeds15", kind: Kind::Static, want: Some(714) },
    Lookup { method: Method::Get, path: "/v157/admin45/issues10/users34/a/b/c/d/e/f", kind: Kind::Param, want: Some(1398) },
    Lookup { method: Method::Get, path: "/runs27/feeds20/api32", kind: Kind::Static, want: Some(979) },
    Lookup { method: Method::Put, path: "/api56/repos2/v225/v231", kind: Kind::Static, want: Some(784) },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/v111/pulls25/blobs42", kind: Kind::Static, want: Some(1981) },
    Lookup { method: Method::Get, path: "/issues19/repos1/x6308/x27825", kind: Kind::Param, want: Some(1350) },
    Lookup { method: Method::Get, path: "/favicon.ico", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/pulls23/v120", kind: Kind::Static, want: Some(364) },
    Lookup { method: Method::Get, path: "/stats27/stats9/pulls55/nosuch51", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/admin38", kind: Kind::Static, want: Some(641) },
    Lookup { method: Method::Post, path: "/posts3/issues42/orgs35/teams14", kind: Kind::Static, want: Some(267) },
    Lookup { method: Method::Get, path: "/runs33/blobs35", kind: Kind::Static, want: Some(763) },
    Lookup { method: Method::Get, path: "/repos37/tags25/teams53/api17", kind: Kind::Static, want: Some(1766) },
    Lookup { method: Method::Get, path: "/posts58/admin44/x89678", kind: Kind::Param, want: Some(386) },
    Lookup { method: Method::Delete, path: "/jobs46/jobs9/x28058", kind: Kind::Param, want: Some(1395) },
    Lookup { method: Method::Get, path: "/files50/x66086", kind: Kind::Param, want: Some(1202) },
    Lookup { method: Method::Get, path: "/pulls38/x88458/users33/orgs27", kind: Kind::Param, want: Some(472) },
    Lookup { method: Method::Get, path: "/admin42/posts26/x18322/api2", kind: Kind::Param, want: Some(1539) },
    Lookup { method: Method::Delete, path: "/issues44/jobs6/blobs9", kind: Kind::Static, want: Some(947) },
    Lookup { method: Method::Get, path: "/runs45/x73685", kind: Kind::Param, want: Some(1429) },
    Lookup { method: Method::Delete, path: "/stats38/teams56/teams13/x18383", kind: Kind::Param, want: Some(1763) },
    Lookup { method: Method::Get, path: "/teams40", kind: Kind::Static, want: Some(1228) },
    Lookup { method: Method::Get, path: "/v242/nosuch27", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/runs15/tags34", kind: Kind::Static, want: Some(590) },
    Lookup { method: Method::Get, path: "/runs12/orgs22/tags35", kind: Kind::Static, want: Some(201) },
    Lookup { method: Method::Delete, path: "/tags26/issues8", kind: Kind::Static, want: Some(1318) },
    Lookup { method: Method::Delete, path: "/items42", kind: Kind::Static, want: Some(1747) },
    Lookup { method: Method::Get, path: "/admin42/posts26/x39031/api2", kind: Kind::Param, want: Some(1539) },
    Lookup { method: Method::Get, path: "/admin34/repos3/runs3/items53/a/b/c/d/e/f", kind: Kind::Param, want: Some(940) },
    Lookup { method: Method::Get, path: "/items38/x60295", kind: Kind::Param, want: Some(1538) },
    Lookup { method: Method::Get, path: "/jobs36", kind: Kind::Static, want: Some(1289) },
    Lookup { method: Method::Post, path: "/stats52/teams29/x56173", kind: Kind::Param, want: Some(235) },
    Lookup { method: Method::Get, path: "/keys32/repos42", kind: Kind::Static, want: Some(1566) },
    Lookup { method: Method::Get, path: "/repos24/x92944/x54841", kind: Kind::Param, want: Some(1626) },
    Lookup { method: Method::Post, path: "/api47", kind: Kind::Static, want: Some(66) },
    Lookup { method: Method::Get, path: "/issues47/users58/x50899", kind: Kind::Param, want: Some(1872) },
    Lookup { method: Method::Get, path: "/v120/x5484/x99188", kind: Kind::Param, want: Some(1634) },
    Lookup { method: Method::Get, path: "/runs50/x54068/users13/repos18", kind: Kind::Param, want: Some(1818) },
    Lookup { method: Method::Get, path: "/v113", kind: Kind::Static, want: Some(1185) },
    Lookup { method: Method::Delete, path: "/api56/jobs42/api58", kind: Kind::Static, want: Some(1586) },
    Lookup { method: Method::Delete, path: "/posts1/v253/teams38", kind: Kind::Static, want: Some(1013) },
    Lookup { method: Method::Delete, path: "/posts47/stats13", kind: Kind::Static, want: Some(1971) },
    Lookup { method: Method::Delete, path: "/teams1/users46/items7", kind: Kind::Static, want: Some(1313) },
    Lookup { method: Method::Get, path: "/feeds18", kind: Kind::Static, want: Some(351) },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/index.html", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/repos9/x9078", kind: Kind::Param, want: Some(1954) },
    Lookup { method: Method::Get, path: "/teams53/feeds5/users31/jobs55", kind: Kind::Static, want: Some(1329) },
    Lookup { method: Method::Post, path: "/feeds9", kind: Kind::Static, want: Some(1079) },
    Lookup { method: Method::Delete, path: "/keys46", kind: Kind::Static, want: Some(848) },
    Lookup { method: Method::Get, path: "/admin44/admin16/nosuch24", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/robots.txt", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs37/nosuch9", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/blobs47", kind: Kind::Static, want: Some(1008) },
    Lookup { method: Method::Get, path: "/feeds13/nosuch71", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/keys37/posts12/x64433/x79876", kind: Kind::Param, want: Some(1563) },
    Lookup { method: Method::Get, path: "/keys48/v147", kind: Kind::Static, want: Some(1346) },
    Lookup { method: Method::Get, path: "/runs55/orgs52/x12202/users22", kind: Kind::Param, want: Some(255) },
    Lookup { method: Method::Get, path: "/runs29/jobs22", kind: Kind::Static, want: Some(1884) },
    Lookup { method: Method::Post, path: "/admin10/orgs17/repos56", kind: Kind::Static, want: Some(461) },
    Lookup { method: Method::Get, path: "/admin15", kind: Kind::Static, want: Some(29) },
    Lookup { method: Method::Put, path: "/tags21/teams56/blobs48/repos29", kind: Kind::Static, want: Some(68) },
    Lookup { method: Method::Delete, path: "/v232/items38/orgs4", kind: Kind::Static, want: Some(1602) },
    Lookup { method: Method::Get, path: "/api20/teams55", kind: Kind::Static, want: Some(1001) },
    Lookup { method: Method::Get, path: "/api0/x60664", kind: Kind::Param, want: Some(1402) },
    Lookup { method: Method::Post, path: "/teams14/pulls22", kind: Kind::Static, want: Some(366) },
    Lookup { method: Method::Get, path: "/issues53", kind: Kind::Static, want: Some(1780) },
    Lookup { method: Method::Get, path: "/repos43/nosuch78", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/files46/nosuch8", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/repos21/feeds13/items12", kind: Kind::Static, want: Some(1672) },
    Lookup { method: Method::Post, path: "/runs16", kind: Kind::Static, want: Some(195) },
    Lookup { method: Method::Delete, path: "/pulls12/teams10/issues52", kind: Kind::Static, want: Some(506) },
    Lookup { method: Method::Get, path: "/v234/x89982/blobs33/keys30", kind: Kind::Param, want: Some(260) },
    Lookup { method: Method::Get, path: "/repos5/orgs58", kind: Kind::Static, want: Some(1949) },
    Lookup { method: Method::Get, path: "/runs23", kind: Kind::Static, want: Some(734) },
    Lookup { method: Method::Post, path: "/api46/repos5", kind: Kind::Static, want: Some(618) },
    Lookup { method: Method::Get, path: "/runs45/x38828", kind: Kind::Param, want: Some(1429) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/jobs23/keys14/x64350/v251", kind: Kind::Param, want: Some(365) },
    Lookup { method: Method::Post, path: "/keys6/users17/items10/x79897", kind: Kind::Param, want: Some(602) },
    Lookup { method: Method::Post, path: "/v232/x40199/admin42", kind: Kind::Param, want: Some(1659) },
    Lookup { method: Method::Delete, path: "/posts48/feeds32/v142", kind: Kind::Static, want: Some(43) },
    Lookup { method: Method::Get, path: "/v226", kind: Kind::Static, want: Some(306) },
    Lookup { method: Method::Get, path: "/pulls34/admin32/nosuch77", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/teams51/runs43/files3/jobs25", kind: Kind::Static, want: Some(1378) },
    Lookup { method: Method::Put, path: "/runs9/pulls19", kind: Kind::Static, want: Some(1540) },
    Lookup { method: Method::Get, path: "/v232/x41078/v230", kind: Kind::Param, want: Some(493) },
    Lookup { method: Method::Get, path: "/runs22/orgs8/x32524/posts26", kind: Kind::Param, want: Some(324) },
    Lookup { method: Method::Get, path: "/orgs28", kind: Kind::Static, want: Some(1010) },
    Lookup { method: Method::Put, path: "/admin11/jobs9/posts33/keys50/a/b/c/d/e/f", kind: Kind::Param, want: Some(96) },
    Lookup { method: Method::Get, path: "/runs26/runs35", kind: Kind::Static, want: Some(1141) },
    Lookup { method: Method::Get, path: "/items12/x93489/feeds42/tags44", kind: Kind::Param, want: Some(1907) },
    Lookup { method: Method::Get, path: "/issues28/nosuch91", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/pulls51/teams23", kind: Kind::Static, want: Some(1643) },
    Lookup { method: Method::Get, path: "/jobs60", kind: Kind::Static, want: Some(666) },
    Lookup { method: Method::Get, path: "/v131/api18", kind: Kind::Static, want: Some(1216) },
    Lookup { method: Method::Get, path: "/runs13", kind: Kind::Static, want: Some(1938) },
    Lookup { method: Method::Get, path: "/zz/961", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/posts7/v221/x52134/blobs59", kind: Kind::Param, want: Some(1125) },
    Lookup { method: Method::Post, path: "/blobs14/admin42/x18677", kind: Kind::Param, want: Some(499) },
    Lookup { method: Method::Get, path: "/runs38", kind: Kind::Static, want: Some(1558) },
    Lookup { method: Method::Put, path: "/v125/stats43/pulls58", kind: Kind::Static, want: Some(1478) },
    Lookup { method: Method::Get, path: "/pulls43/admin23/x3725/api0", kind: Kind::Param, want: Some(1107) },
    Lookup { method: Method::Put, path: "/tags17/v212/posts32", kind: Kind::Static, want: Some(726) },
    Lookup { method: Method::Get, path: "/api13", kind: Kind::Static, want: Some(360) },
    Lookup { method: Method::Delete, path: "/tags42/x84533", kind: Kind::Param, want: Some(1303) },
    Lookup { method: Method::Put, path: "/pulls22/files8", kind: Kind::Static, want: Some(1562) },
    Lookup { method: Method::Post, path: "/orgs38/posts50/x31417", kind: Kind::Param, want: Some(1505) },
    Lookup { method: Method::Get, path: "/blobs45/v153", kind: Kind::Static, want: Some(1705) },
    Lookup { method: Method::Get, path: "/pulls38/x56342/users33/orgs27", kind: Kind::Param, want: Some(472) },
    Lookup { method: Method::Get, path: "/runs29/jobs22", kind: Kind::Static, want: Some(1884) },
    Lookup { method: Method::Put, path: "/teams0", kind: Kind::Static, want: Some(489) },
    Lookup { method: Method::Post, path: "/teams57/pulls1", kind: Kind::Static, want: Some(138) },
    Lookup { method: Method::Delete, path: "/posts6/v13/x38157/files16", kind: Kind::Param, want: Some(1992) },
    Lookup { method: Method::Get, path: "/tags32/x56401/repos49/v212", kind: Kind::Param, want: Some(612) },
    Lookup { method: Method::Get, path: "/jobs13/feeds44/nosuch78", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/issues48/issues16/x20752/v142/a/b/c/d/e/f", kind: Kind::Param, want: Some(1846) },
    Lookup { method: Method::Get, path: "/v152/feeds8/admin5", kind: Kind::Static, want: Some(380) },
    Lookup { method: Method::Get, path: "/tags6/orgs12/pulls31", kind: Kind::Static, want: Some(420) },
    Lookup { method: Method::Get, path: "/repos16/v222/nosuch99", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/v23/nosuch21", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/items40", kind: Kind::Static, want: Some(1866) },
    Lookup { method: Method::Get, path: "/admin39/nosuch19", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/admin35/keys52", kind: Kind::Static, want: Some(1776) },
    Lookup { method: Method::Put, path: "/feeds45/admin23", kind: Kind::Static, want: Some(1547) },
    Lookup { method: Method::Get, path: "/posts32/x48174/posts21/files16", kind: Kind::Param, want: Some(163) },
    Lookup { method: Method::Get, path: "/items42", kind: Kind::Static, want: Some(113) },
    Lookup { method: Method::Delete, path: "/tags53/x67189", kind: Kind::Param, want: Some(1847) },
    Lookup { method: Method::Get, path: "/admin38", kind: Kind::Static, want: Some(641) },
    Lookup { method: Method::Get, path: "/feeds24/files1/keys6/nosuch22", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/users6/runs54", kind: Kind::Static, want: Some(511) },
    Lookup { method: Method::Put, path: "/v28/api16", kind: Kind::Static, want: Some(995) },
    Lookup { method: Method::Get, path: "/jobs33/nosuch21", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/admin22/jobs7/orgs51/x99998", kind: Kind::Param, want: Some(1739) },
    Lookup { method: Method::Delete, path: "/keys51/x74445/stats55", kind: Kind::Param, want: Some(1961) },
    Lookup { method: Method::Get, path: "/users34/items3/repos34/admin7", kind: Kind::Static, want: Some(758) },
    Lookup { method: Method::Get, path: "/repos38/admin26/tags55", kind: Kind::Static, want: Some(1824) },
    Lookup { method: Method::Get, path: "/api41/feeds9/x58912/users29", kind: Kind::Param, want: Some(1792) },
    Lookup { method: Method::Post, path: "/blobs34", kind: Kind::Static, want: Some(205) },
    Lookup { method: Method::Get, path: "/tags53/x88486", kind: Kind::Param, want: Some(1838) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Delete, path: "/runs51/users53/a/b/c/d/e/f", kind: Kind::Param, want: Some(732) },
    Lookup { method: Method::Put, path: "/items22/files37/orgs31/users46", kind: Kind::Static, want: Some(1369) },
    Lookup { method: Method::Get, path: "/pulls60/repos3/x66314/issues46", kind: Kind::Param, want: Some(756) },
    Lookup { method: Method::Delete, path: "/pulls42/a/b/c/d/e/f", kind: Kind::Param, want: Some(70) },
    Lookup { method: Method::Get, path: "/runs29", kind: Kind::Static, want: Some(368) },
    Lookup { method: Method::Get, path: "/feeds47/blobs34/v13/stats49", kind: Kind::Static, want: Some(410) },
    Lookup { method: Method::Get, path: "/jobs10/pulls33/keys44/keys16", kind: Kind::Static, want: Some(473) },
    Lookup { method: Method::Get, path: "/keys34/issues14/x43210/items36", kind: Kind::Param, want: Some(661) },
    Lookup { method: Method::Get, path: "/issues28/blobs20/v26/x52393", kind: Kind::Param, want: Some(1527) },
    Lookup { method: Method::Get, path: "/wp-login.php", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/items20/api37/items44", kind: Kind::Static, want: Some(1500) },
    Lookup { method: Method::Get, path: "/repos5/orgs58", kind: Kind::Static, want: Some(1949) },
    Lookup { method: Method::Get, path: "/admin7/nosuch65", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/pulls12/stats13/nosuch61", kind: Kind::Miss, want: None },
    Lookup { method: Method::Get, path: "/issues57/tags37/orgs36/x41738", kind: Kind::Param, want: Some(1546) },
    Lookup { method: Method::Delete, path: "/items30/x82297/keys42/feeds40", kind: Kind::Param, want: Some(1837) },
    Lookup { method: Method::Get, path: "/api/v3/health", kind: Kind::Miss, want: None },
    Lookup { method: Method::Post, path: "/runs25/users59/tags8/repos0", kind: Kind::Static, want: Some(716) },
    Lookup { method: Method::Get, path: "/items49/x49505", kind: Kind::Param, want: Some(977) },
    Lookup { method: Method::Get, path: "/repos58/orgs23", kind: Kind::Static, want: Some(1820) },
    Lookup { method: Method::Get, path: "/runs21/items48/pulls2", kind: Kind::Static, want: Some(1536) },
    Lookup { method: Method::Post, path: "/orgs38/posts50/x13057", kind: Kind::Param, want: Some(1505) },
    Lookup { method: Method::Post, path: "/stats29", kind: Kind::Static, want: Some(536) },
    Lookup { method: Method::Post, path: "/admin46/repos6/files47", kind: Kind::Static, want: Some(1983) },
    Lookup { method: Method::Delete, path: "/tags42/x29216", kind: Kind::Param, want: Some(1303) },
    Lookup { method: Method::Put, path: "/api27/stats58", kind: Kind::Static, want: Some(1875) },
    Lookup { method: Method::Get, path: "/items5/pulls60/x26316", kind: Kind::Param, want: Some(931) },
    Lookup { method: Method::Get, path: "/.env", kind: Kind::Miss, want: None },
    Lookup { method: Method::Put, path: "/users6/runs54", kind: Kind::Static, want: Some(511) },
    Lookup { method: Method::Get, path: "/issues12", kind: Kind::Static, want: Some(1791) },
    Lookup { method: Method::Get, path: "/jobs10/pulls33/nosuch65", kind: Kind::Miss, want: None },
];
