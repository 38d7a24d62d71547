//! 2,000 routes (static, `:param` and `*rest`, several methods) written by
//! `gen_many_routes.py` beside it: every one builds and resolves to itself.

use chopin::router::Found;
use chopin::Method;

fn h(cx: &chopin::router::Context<'_>) -> String {
    cx.path().to_string()
}

chopin::app! {
    PUT "/items25/orgs52/feeds37" => h;
    POST "/posts5/orgs15" => h;
    DELETE "/jobs7" => h;
    GET "/jobs37" => h;
    POST "/keys54" => h;
    GET "/keys7/keys52" => h;
    GET "/feeds6/orgs36" => h;
    GET "/keys27/repos37/feeds19/files44" => h;
    GET "/pulls31/repos18/orgs7" => h;
    GET "/items59/posts42/:p2" => h;
    GET "/feeds38/repos4/v130" => h;
    DELETE "/v241" => h;
    GET "/v245/feeds1/feeds10/issues3" => h;
    POST "/api25/issues5" => h;
    GET "/items52/keys17/feeds43" => h;
    GET "/orgs11/:p1" => h;
    PUT "/jobs11/users9/feeds39/items44" => h;
    DELETE "/repos57" => h;
    PUT "/tags25/issues40/admin4/repos10" => h;
    PUT "/teams0" => h;
    GET "/feeds39/*rest" => h;
    GET "/items40/feeds38/teams7/repos30" => h;
    GET "/teams47/v130" => h;
    GET "/admin60" => h;
    DELETE "/keys58/:p1" => h;
    GET "/v133" => h;
    GET "/api34/pulls21/runs51" => h;
    DELETE "/tags47/admin33" => h;
    GET "/users50" => h;
    GET "/runs22/feeds23" => h;
    PUT "/issues12/issues39" => h;
    DELETE "/issues58" => h;
    DELETE "/teams58" => h;
    GET "/issues56/:p1" => h;
    GET "/tags29" => h;
    POST "/files8/:p1" => h;
    GET "/runs52/issues42" => h;
    GET "/users0/teams33" => h;
    GET "/admin52/users16/pulls15/stats16" => h;
    PUT "/feeds57" => h;
    GET "/pulls8/pulls32/:p2/files38/*rest" => h;
    DELETE "/items30/teams35" => h;
    GET "/teams56/api12/teams32/users48" => h;
    DELETE "/stats39/runs32/v128/issues32" => h;
    DELETE "/keys57/repos8/tags28" => h;
    GET "/blobs4/v250" => h;
    GET "/items16/repos14/teams25" => h;
    GET "/files45/pulls25" => h;
    GET "/stats5/users21/repos45/*rest" => h;
    GET "/pulls4/:p1/api56" => h;
    DELETE "/posts57/v148/:p2" => h;
    DELETE "/tags9/pulls36/stats5" => h;
    DELETE "/blobs57/:p1" => h;
    GET "/v15" => h;
    GET "/v155" => h;
    GET "/keys26/v139/:p2" => h;
    GET "/files16" => h;
    GET "/v233/v228/files17" => h;
    POST "/posts0/:p1/admin32" => h;
    POST "/blobs42" => h;
    GET "/admin14/items25/posts53" => h;
    GET "/blobs10/:p1/tags55" => h;
    GET "/v22/files17" => h;
    POST "/stats35/posts56/feeds11/*rest" => h;
    GET "/issues17" => h;
    GET "/pulls49/:p1" => h;
    GET "/tags37/:p1/*rest" => h;
    PUT "/orgs37/items42" => h;
    DELETE "/stats46/items18/items2/pulls40" => h;
    DELETE "/pulls48/users52" => h;
    GET "/orgs1/:p1" => h;
    POST "/repos35/:p1/:p2/api31" => h;
    DELETE "/pulls57" => h;
    GET "/issues16" => h;
    GET "/admin14/repos31" => h;
    DELETE "/v249/:p1/admin4/stats16" => h;
    GET "/runs36/:p1/issues17" => h;
    GET "/issues18/v229" => h;
    PUT "/v25/users18" => h;
    DELETE "/v124/admin4/items47/feeds8" => h;
    POST "/teams45/issues57/tags1" => h;
    POST "/tags19/blobs22/teams53/stats48" => h;
    DELETE "/admin45/*rest" => h;
    POST "/v123/:p1/jobs4" => h;
    GET "/posts17/:p1/v240" => h;
    POST "/blobs32/feeds50/users51" => h;
    GET "/orgs3/blobs28" => h;
    GET "/issues3/keys8/:p2" => h;
    POST "/v147/v125/v230" => h;
    GET "/files41" => h;
    GET "/keys14/stats48/items35/orgs11" => h;
    PUT "/api23/jobs12/blobs24" => h;
    GET "/tags17/posts31" => h;
    GET "/pulls33/admin5" => h;
    POST "/tags41/v254/users8/:p3" => h;
    DELETE "/users4/pulls54/repos15/api9" => h;
    GET "/repos5" => h;
    GET "/items14" => h;
    PUT "/items40/blobs44/teams4" => h;
    GET "/tags16/runs0/*rest" => h;
    DELETE "/v120/api30/keys15/:p3" => h;
    POST "/posts1/blobs5/blobs59" => h;
    DELETE "/stats45" => h;
    GET "/admin0/pulls4/admin19/admin14" => h;
    GET "/teams60/runs11/issues26" => h;
    DELETE "/tags3/runs9" => h;
    DELETE "/files25" => h;
    GET "/teams5/stats12/pulls47" => h;
    GET "/feeds21/teams0/:p2/:p3" => h;
    GET "/tags22/v252" => h;
    POST "/issues12" => h;
    GET "/stats23/issues1" => h;
    PUT "/posts24/:p1/:p2/v112" => h;
    GET "/feeds17/runs2/stats59" => h;
    POST "/users52" => h;
    GET "/tags50/blobs52/issues11/:p3" => h;
    PUT "/runs15/stats29" => h;
    GET "/pulls12" => h;
    GET "/blobs4/issues35" => h;
    POST "/teams4/orgs13/:p2/repos11" => h;
    GET "/runs57/keys54/teams49/v217" => h;
    GET "/v112/files15/v256" => h;
    GET "/orgs25/api32/teams41" => h;
    GET "/users30" => h;
    GET "/feeds2/api7/:p2/jobs12" => h;
    DELETE "/repos38/users6" => h;
    DELETE "/admin2/items2/v12" => h;
    GET "/users52/feeds11" => h;
    POST "/posts50/issues4" => h;
    GET "/keys5/tags44" => h;
    GET "/blobs3/jobs56/blobs1" => h;
    POST "/tags46/users27" => h;
    GET "/orgs25" => h;
    GET "/files8/:p1/tags5/feeds47" => h;
    GET "/v210/orgs6/admin19" => h;
    GET "/stats3/tags5/runs44/files40" => h;
    GET "/runs54/issues11/posts25/files24" => h;
    GET "/admin2/posts42" => h;
    GET "/runs29/v241/jobs15/feeds28" => h;
    POST "/users39" => h;
    POST "/repos48/repos53" => h;
    DELETE "/teams4/:p1/orgs51/pulls42/*rest" => h;
    PUT "/orgs59/pulls5" => h;
    GET "/items1/runs46/teams12/:p3" => h;
    GET "/api4/runs48" => h;
    GET "/repos9/issues13/runs32" => h;
    DELETE "/admin11" => h;
    POST "/stats57/v17/posts40" => h;
    POST "/v134" => h;
    PUT "/v124/jobs9/orgs28" => h;
    GET "/v252" => h;
    POST "/users47/:p1/:p2" => h;
    GET "/pulls23/items31/posts1/:p3" => h;
    POST "/pulls22" => h;
    GET "/jobs8/runs53/items0" => h;
    DELETE "/repos6/:p1" => h;
    DELETE "/tags51/users3/keys57" => h;
    GET "/runs59/issues15/:p2/:p3" => h;
    PUT "/files15/:p1/teams0/admin9" => h;
    POST "/runs11/orgs19/issues45/tags54" => h;
    GET "/repos11" => h;
    DELETE "/api41/:p1/v145" => h;
    GET "/pulls16/admin5/users10/api53" => h;
    PUT "/admin56/runs15/keys30" => h;
    GET "/users27" => h;
    GET "/admin25/orgs36/items2/*rest" => h;
    DELETE "/feeds9/users2" => h;
    PUT "/orgs47/*rest" => h;
    GET "/admin52/keys57/tags6" => h;
    DELETE "/posts2" => h;
    GET "/v230" => h;
    GET "/v220/v11" => h;
    PUT "/feeds58" => h;
    DELETE "/v239/blobs1/teams22/posts34" => h;
    POST "/jobs52" => h;
    DELETE "/feeds31" => h;
    GET "/issues37/pulls16" => h;
    GET "/admin60/issues10/:p2" => h;
    GET "/keys50/:p1/teams25/orgs27" => h;
    DELETE "/admin19/keys32/:p2" => h;
    PUT "/repos8/runs41/*rest" => h;
    DELETE "/pulls9/repos42/stats10" => h;
    GET "/jobs14/:p1/api32" => h;
    GET "/items15/runs33" => h;
    GET "/admin16/teams10/teams12" => h;
    POST "/v227/teams40/v113" => h;
    POST "/users25" => h;
    DELETE "/pulls40/users9" => h;
    GET "/users47/blobs44/blobs54/jobs54" => h;
    DELETE "/repos27" => h;
    DELETE "/blobs15" => h;
    POST "/v154/repos1" => h;
    GET "/stats49/:p1" => h;
    DELETE "/v134" => h;
    PUT "/pulls22/:p1" => h;
    GET "/issues32/:p1" => h;
    DELETE "/blobs47/admin43/pulls48" => h;
    POST "/posts16/tags3/:p2" => h;
    GET "/jobs16/:p1/tags60" => h;
    DELETE "/repos13/:p1/orgs51/admin30" => h;
    PUT "/items22/blobs29" => h;
    DELETE "/issues22/api17" => h;
    GET "/blobs43/users51/v122" => h;
    POST "/issues31/orgs42/items59" => h;
    GET "/orgs52" => h;
    GET "/pulls53/jobs0" => h;
    PUT "/v216" => h;
    POST "/api11/feeds50" => h;
    PUT "/runs57/orgs42" => h;
    PUT "/admin31/pulls5/repos42" => h;
    GET "/v126" => h;
    DELETE "/issues35/:p1/items44/issues10" => h;
    DELETE "/files53" => h;
    DELETE "/v253/blobs26/orgs11/users1" => h;
    GET "/teams32/items2/blobs40" => h;
    GET "/stats30/keys49/v227" => h;
    POST "/v218" => h;
    DELETE "/stats32/pulls22/issues50/:p3" => h;
    POST "/items37/orgs50/tags46" => h;
    GET "/tags19" => h;
    PUT "/issues38/posts50" => h;
    GET "/runs9/runs56/admin2/repos40" => h;
    GET "/posts26/users23" => h;
    DELETE "/keys45/v211/stats1" => h;
    GET "/issues36" => h;
    GET "/jobs44/repos4/:p2/jobs60" => h;
    GET "/blobs35/:p1/admin57/:p3/*rest" => h;
    GET "/teams54" => h;
    DELETE "/issues1/jobs15" => h;
    GET "/posts23/items46" => h;
    DELETE "/repos42/v158/posts0/:p3" => h;
    PUT "/tags19" => h;
    PUT "/issues38/:p1" => h;
    POST "/issues43/:p1/teams23/files40" => h;
    DELETE "/repos60/jobs21/posts39/runs21" => h;
    PUT "/items38" => h;
    POST "/api24/tags38/api51/users20" => h;
    PUT "/jobs58/posts18" => h;
    POST "/v154/keys43" => h;
    DELETE "/keys5/issues51/api19" => h;
    GET "/repos45/v137/tags29/keys51" => h;
    GET "/tags37/v156" => h;
    GET "/pulls37/admin12/:p2/v223" => h;
    DELETE "/pulls54/:p1/:p2/feeds55" => h;
    PUT "/orgs9/users22/runs1/:p3" => h;
    GET "/jobs36/v127/:p2/jobs52" => h;
    PUT "/posts21/files24/:p2" => h;
    GET "/repos31/orgs55/tags59" => h;
    GET "/stats36/orgs58/tags11" => h;
    GET "/api46/posts60/feeds3" => h;
    DELETE "/v150" => h;
    DELETE "/posts6/:p1/admin43/jobs37" => h;
    POST "/issues20" => h;
    POST "/feeds30" => h;
    GET "/items58/users29" => h;
    GET "/files59" => h;
    GET "/items49/teams59/users40" => h;
    GET "/api30/:p1/stats14" => h;
    GET "/keys56/:p1/v126/items1" => h;
    GET "/files16/stats29/teams9" => h;
    GET "/keys30/teams16" => h;
    GET "/v115/teams24/files3/v29" => h;
    GET "/pulls21/repos0/pulls18/blobs2" => h;
    PUT "/jobs11/:p1/api45" => h;
    POST "/orgs56" => h;
    GET "/files13/:p1/admin37" => h;
    GET "/pulls26" => h;
    POST "/stats18/issues5/:p2" => h;
    GET "/v115/feeds2" => h;
    PUT "/feeds33" => h;
    GET "/teams22" => h;
    PUT "/jobs48/v255/:p2/repos32/*rest" => h;
    GET "/users15/api39" => h;
    GET "/v135/users1/:p2" => h;
    GET "/users53/jobs29/repos6" => h;
    PUT "/posts17/:p1" => h;
    GET "/teams7/:p1/keys37" => h;
    DELETE "/jobs29/files60" => h;
    DELETE "/blobs38/pulls2/posts49/tags15" => h;
    GET "/jobs51/stats52/keys3/items43" => h;
    POST "/users23/:p1/stats27/users14" => h;
    GET "/posts51/posts2/runs17/runs17" => h;
    POST "/v17" => h;
    GET "/posts18/:p1" => h;
    PUT "/posts38" => h;
    GET "/orgs29/items28/:p2" => h;
    PUT "/jobs18/orgs47/repos39/api41" => h;
    GET "/repos57/runs30/v21" => h;
    GET "/pulls34/jobs25/*rest" => h;
    GET "/api20/issues17" => h;
    DELETE "/posts49/:p1/runs55" => h;
    GET "/pulls24" => h;
    DELETE "/pulls14" => h;
    PUT "/blobs21/items43" => h;
    GET "/pulls6/issues17/items26" => h;
    GET "/keys37/:p1/jobs9/v155" => h;
    POST "/repos44/feeds18/pulls35/stats0" => h;
    GET "/repos19/v251/:p2/jobs14" => h;
    PUT "/runs53/stats13/users1/*rest" => h;
    GET "/v258/v234/blobs33/blobs24" => h;
    POST "/repos60/:p1/:p2" => h;
    PUT "/pulls25/jobs9/blobs31" => h;
    GET "/pulls47/files23/orgs52" => h;
    PUT "/v244" => h;
    PUT "/files33/pulls13/admin26/jobs38" => h;
    GET "/blobs0" => h;
    PUT "/v225" => h;
    PUT "/users12" => h;
    PUT "/keys32/jobs12/teams9" => h;
    PUT "/users6" => h;
    GET "/repos39/posts41/:p2/stats9" => h;
    POST "/files2/teams54/jobs4" => h;
    GET "/users3/tags37/posts28/:p3" => h;
    GET "/users57/repos19/v156" => h;
    DELETE "/tags43/api26" => h;
    PUT "/users50/orgs11/:p2/users56" => h;
    GET "/teams21/tags21/orgs7" => h;
    GET "/tags12/feeds15" => h;
    DELETE "/stats51" => h;
    GET "/orgs12/items35" => h;
    PUT "/feeds22/tags24" => h;
    DELETE "/v260/admin14" => h;
    POST "/v138/jobs23" => h;
    GET "/items55/pulls5" => h;
    GET "/users42/items19/:p2/files49" => h;
    GET "/teams4/feeds51" => h;
    DELETE "/orgs45/api18" => h;
    DELETE "/v222/repos49/items59/users23" => h;
    GET "/blobs1/repos15/tags22" => h;
    DELETE "/v27/runs46" => h;
    POST "/tags2" => h;
    DELETE "/v29/posts35" => h;
    POST "/jobs53/issues45" => h;
    PUT "/users7/v257/:p2" => h;
    GET "/api43" => h;
    DELETE "/feeds47/blobs44" => h;
    POST "/v133/:p1" => h;
    GET "/stats44/repos32/:p2/blobs43" => h;
    GET "/admin2/keys16/:p2/:p3" => h;
    GET "/api3/:p1/orgs12" => h;
    POST "/issues42/api0" => h;
    GET "/feeds44/items37" => h;
    GET "/keys27" => h;
    DELETE "/runs29/tags53" => h;
    GET "/users23/posts3/v212" => h;
    POST "/teams10/repos36/files35/:p3/*rest" => h;
    GET "/stats47" => h;
    DELETE "/blobs31/keys20/:p2/v240" => h;
    GET "/api5/:p1/:p2" => h;
    GET "/feeds11/pulls54/files6" => h;
    GET "/tags11/feeds20/items35" => h;
    DELETE "/posts2/:p1" => h;
    GET "/posts60/blobs31/v238/orgs9" => h;
    POST "/repos40/orgs2" => h;
    PUT "/admin46/posts53" => h;
    DELETE "/items18/:p1/:p2/stats4" => h;
    GET "/files24/repos51" => h;
    PUT "/issues5/pulls29" => h;
    PUT "/tags38/posts46" => h;
    PUT "/jobs36/feeds30/items19" => h;
    POST "/admin14" => h;
    PUT "/items42" => h;
    GET "/feeds33/repos25/api11/admin35" => h;
    PUT "/teams12/v145/keys29" => h;
    GET "/pulls58" => h;
    DELETE "/orgs51/pulls35/teams40/pulls6" => h;
    GET "/keys10/admin36/orgs8/runs3" => h;
    GET "/posts0/admin29/items27" => h;
    GET "/jobs7/feeds10" => h;
    PUT "/v17" => h;
    GET "/issues2/feeds6/stats51" => h;
    PUT "/v122/repos1" => h;
    GET "/teams50/:p1/:p2/files9" => h;
    POST "/items37/keys44/v160/users21" => h;
    POST "/posts51/orgs11/runs25/files44" => h;
    GET "/runs33/:p1" => h;
    POST "/items37/admin10/repos21" => h;
    PUT "/stats0/issues21/api29" => h;
    GET "/items46" => h;
    GET "/v14/v122/pulls37/posts58" => h;
    GET "/blobs40/teams23" => h;
    DELETE "/orgs19/stats47" => h;
    GET "/feeds55/tags21" => h;
    GET "/issues32/api51/feeds9" => h;
    GET "/tags28/v259/:p2/:p3" => h;
    GET "/jobs35/stats4/jobs59" => h;
    GET "/jobs22/feeds49/orgs53" => h;
    DELETE "/v134/:p1/:p2" => h;
    GET "/admin3" => h;
    GET "/pulls41/:p1/posts8" => h;
    GET "/jobs21" => h;
    GET "/v134/users40" => h;
    PUT "/stats20/users41" => h;
    PUT "/files3/posts5/stats49" => h;
    DELETE "/v160/users1/jobs41/posts26" => h;
    GET "/files5/:p1/pulls49" => h;
    DELETE "/blobs22/jobs55/runs36" => h;
    GET "/issues48/:p1/keys45" => h;
    DELETE "/pulls33/items16/:p2" => h;
    GET "/items40/orgs59/:p2" => h;
    GET "/keys49/runs23" => h;
    POST "/pulls1/api28" => h;
    GET "/feeds57/repos13" => h;
    POST "/users4" => h;
    GET "/posts14/blobs58/api1" => h;
    GET "/api14/stats48/v119/issues13" => h;
    GET "/v148/:p1/orgs21/:p3" => h;
    GET "/stats43/repos13" => h;
    GET "/posts49/repos11/items59" => h;
    GET "/items58/*rest" => h;
    GET "/pulls47/files29" => h;
    PUT "/stats41/tags56/posts37/users2" => h;
    GET "/jobs27/users3" => h;
    GET "/teams7" => h;
    GET "/users11/keys9/keys32/pulls22" => h;
    GET "/admin54/api46/:p2" => h;
    GET "/v14/admin32/:p2" => h;
    DELETE "/users20/repos34/stats44" => h;
    POST "/tags27/blobs24/tags48" => h;
    POST "/users15/v144" => h;
    GET "/admin42/:p1" => h;
    DELETE "/tags44" => h;
    DELETE "/keys42/jobs0/issues32/keys24" => h;
    PUT "/feeds45/:p1/v139/stats4" => h;
    PUT "/runs48/issues54" => h;
    DELETE "/jobs14/orgs59/feeds33/files52" => h;
    DELETE "/items52/files40" => h;
    POST "/stats24" => h;
    POST "/blobs9" => h;
    PUT "/feeds22" => h;
    DELETE "/repos42/:p1/repos44" => h;
    GET "/files48/users43/:p2/api39" => h;
    GET "/v11/users36/jobs11/keys17" => h;
    GET "/v153/pulls40" => h;
    GET "/items27/v239" => h;
    PUT "/tags23/:p1/blobs27/v122" => h;
    GET "/runs12/jobs23" => h;
    GET "/orgs5/tags25/issues59" => h;
    POST "/jobs36" => h;
    GET "/blobs30/:p1/:p2/items32" => h;
    POST "/admin25/v235" => h;
    PUT "/teams5/orgs36/teams31/:p3" => h;
    GET "/posts52/stats30/keys44/jobs8" => h;
    GET "/stats21/users11" => h;
    GET "/orgs20/v235/blobs43" => h;
    GET "/tags51/keys16" => h;
    POST "/admin34" => h;
    PUT "/jobs9/stats12/keys42/:p3" => h;
    GET "/blobs60" => h;
    GET "/v114" => h;
    DELETE "/admin51/runs29" => h;
    PUT "/admin56/files27/teams3/:p3" => h;
    GET "/files0/keys47/issues14/v251" => h;
    GET "/admin33/:p1" => h;
    GET "/blobs14" => h;
    GET "/blobs9/items2/:p2/api55" => h;
    DELETE "/v258/keys53" => h;
    DELETE "/tags2/items41" => h;
    GET "/admin29" => h;
    GET "/stats43/posts53/admin41/pulls4" => h;
    GET "/issues56" => h;
    GET "/issues17/runs37" => h;
    GET "/items30/api37" => h;
    GET "/users22" => h;
    GET "/posts11/repos30/feeds11" => h;
    PUT "/keys29" => h;
    GET "/files38" => h;
    POST "/posts32" => h;
    DELETE "/blobs36/orgs23" => h;
    DELETE "/feeds10/orgs21/*rest" => h;
    GET "/v29/teams56/items31/keys7" => h;
    GET "/jobs34/:p1" => h;
    GET "/tags35/items58/keys32" => h;
    DELETE "/teams60" => h;
    GET "/api5/items53" => h;
    PUT "/tags39/v236/orgs42/api15" => h;
    GET "/api4" => h;
    GET "/admin39" => h;
    POST "/stats5/repos37/users20" => h;
    GET "/posts5/items46/files9/items13" => h;
    PUT "/orgs0/issues2/stats58" => h;
    GET "/admin55" => h;
    DELETE "/orgs41/feeds37/:p2/issues8" => h;
    PUT "/posts47/jobs10/pulls19" => h;
    GET "/orgs50" => h;
    PUT "/api12/keys15" => h;
    DELETE "/tags42" => h;
    POST "/tags25/api41/stats42" => h;
    POST "/users19/users60/:p2" => h;
    GET "/runs19/stats34/feeds25/runs2" => h;
    DELETE "/files44/blobs42/api7" => h;
    POST "/tags52" => h;
    POST "/stats9/api22/runs56" => h;
    GET "/issues20/pulls50/admin54" => h;
    GET "/pulls0/:p1/:p2/repos36" => h;
    PUT "/teams35/pulls42/v142" => h;
    DELETE "/repos17/feeds19/tags60" => h;
    GET "/issues31" => h;
    GET "/teams35" => h;
    GET "/runs47/stats30" => h;
    GET "/admin37/pulls2" => h;
    DELETE "/api18/users26/blobs41" => h;
    GET "/issues45/v120/:p2/posts50" => h;
    GET "/pulls51/files19" => h;
    POST "/posts37/tags49/files17" => h;
    GET "/runs20/tags6" => h;
    POST "/stats24/issues17/:p2/runs28" => h;
    POST "/stats2/:p1" => h;
    DELETE "/orgs17/tags33/teams16/users2" => h;
    DELETE "/feeds38/v115/keys6" => h;
    GET "/teams59/files46/teams49/stats25" => h;
    DELETE "/files45/keys47/v28" => h;
    PUT "/blobs4" => h;
    DELETE "/jobs27/jobs46" => h;
    GET "/items14/api32" => h;
    DELETE "/tags56" => h;
    DELETE "/runs57/orgs49/pulls17/api19" => h;
    GET "/feeds1" => h;
    DELETE "/stats13/*rest" => h;
    GET "/repos17/repos37" => h;
    POST "/keys52" => h;
    GET "/v240/stats33" => h;
    GET "/v253/jobs34" => h;
    DELETE "/users51/blobs23" => h;
    GET "/orgs37/:p1/jobs26" => h;
    DELETE "/keys21/v14/jobs8" => h;
    GET "/admin21/teams25/:p2/orgs47" => h;
    GET "/admin50/admin49/keys48/v247" => h;
    GET "/orgs22" => h;
    DELETE "/keys22/jobs40/feeds19" => h;
    GET "/feeds26/repos49" => h;
    GET "/feeds49/issues5" => h;
    GET "/items54/:p1/pulls24/v142/*rest" => h;
    GET "/pulls27/tags10/blobs8" => h;
    GET "/jobs34/users52" => h;
    POST "/posts13/keys58/:p2/runs35" => h;
    GET "/users15/feeds24" => h;
    DELETE "/admin28/jobs58" => h;
    DELETE "/orgs36/posts55/tags41/api45" => h;
    DELETE "/runs9/:p1/tags4/api0" => h;
    GET "/posts15/:p1" => h;
    GET "/repos3" => h;
    POST "/keys40" => h;
    PUT "/posts9/issues48/teams11" => h;
    POST "/runs32/pulls50" => h;
    DELETE "/orgs54/*rest" => h;
    PUT "/pulls35" => h;
    GET "/posts42" => h;
    DELETE "/tags42/:p1/users11/repos13" => h;
    DELETE "/blobs7/orgs34" => h;
    GET "/orgs46" => h;
    GET "/feeds17" => h;
    GET "/issues38/stats49" => h;
    PUT "/posts7" => h;
    DELETE "/pulls24/blobs59" => h;
    DELETE "/orgs58/:p1" => h;
    GET "/items54" => h;
    GET "/runs60/v145" => h;
    DELETE "/users20/files28/:p2" => h;
    GET "/runs53/stats17/users26/stats14" => h;
    GET "/users49/api56/orgs34" => h;
    GET "/blobs40/orgs34/:p2" => h;
    POST "/keys15" => h;
    GET "/admin13" => h;
    GET "/blobs45/:p1/runs28" => h;
    DELETE "/tags15/users5/admin41" => h;
    GET "/orgs38/:p1" => h;
    GET "/orgs34/*rest" => h;
    POST "/items35" => h;
    GET "/repos11/v119/files28" => h;
    PUT "/stats20/users24/api6/feeds42" => h;
    GET "/admin4" => h;
    GET "/v111/:p1/posts24" => h;
    GET "/posts4/v154" => h;
    PUT "/keys46/:p1/v123" => h;
    GET "/api58" => h;
    GET "/users14/api48/feeds15/issues16" => h;
    GET "/tags53" => h;
    GET "/issues28" => h;
    GET "/keys45/tags7/files58/repos3" => h;
    POST "/feeds28/stats35/:p2" => h;
    POST "/jobs39/tags7" => h;
    GET "/api33" => h;
    DELETE "/teams5/repos59" => h;
    DELETE "/orgs51/stats6" => h;
    PUT "/orgs7/issues30/pulls0" => h;
    PUT "/issues43" => h;
    GET "/issues42/feeds9" => h;
    GET "/feeds42" => h;
    GET "/users38/orgs28" => h;
    GET "/repos8/v247/admin60" => h;
    PUT "/users23/api4" => h;
    POST "/admin39/admin53/v250/api48" => h;
    GET "/stats26/users36" => h;
    PUT "/users9/v138" => h;
    PUT "/items16/teams17/items58/:p3" => h;
    PUT "/posts10/files5/repos50" => h;
    GET "/items47/blobs6" => h;
    GET "/v24" => h;
    DELETE "/blobs4/v251" => h;
    PUT "/repos15" => h;
    DELETE "/pulls35/orgs37/jobs24" => h;
    PUT "/api26/pulls16/orgs44" => h;
    GET "/admin43/users28/files29/api27" => h;
    DELETE "/tags8/api23/feeds24/feeds8" => h;
    POST "/v17/:p1" => h;
    DELETE "/orgs30/stats36/feeds45/stats11" => h;
    GET "/keys41/api45/admin23" => h;
    GET "/files52/:p1/jobs2" => h;
    GET "/keys17/:p1/files5/users11" => h;
    GET "/users1/:p1" => h;
    GET "/issues21/:p1" => h;
    PUT "/issues55/posts59/:p2/:p3" => h;
    DELETE "/v18" => h;
    GET "/stats32/admin38/keys51" => h;
    DELETE "/tags18/api19/issues6/:p3" => h;
    GET "/repos50/runs5/issues36/users12" => h;
    POST "/pulls34/posts1/users14/admin40" => h;
    GET "/files13/v18" => h;
    GET "/stats52/v225/v23/stats5" => h;
    GET "/items11/api29/*rest" => h;
    GET "/pulls45" => h;
    DELETE "/pulls19/teams42/:p2/issues4" => h;
    PUT "/repos20/blobs49" => h;
    PUT "/stats39/:p1/orgs40/items2" => h;
    DELETE "/orgs29/posts19" => h;
    GET "/blobs33/:p1/teams45" => h;
    GET "/v258" => h;
    PUT "/orgs20" => h;
    PUT "/files15/:p1/blobs45/teams57" => h;
    DELETE "/orgs16" => h;
    POST "/issues14/runs51/repos25/items47" => h;
    GET "/pulls21" => h;
    GET "/pulls30/items54/stats11" => h;
    GET "/blobs3/api36" => h;
    GET "/posts60" => h;
    GET "/v160/feeds39/tags18" => h;
    PUT "/blobs48" => h;
    PUT "/posts56/items52" => h;
    GET "/tags27/items15/stats42" => h;
    PUT "/stats56/keys41" => h;
    GET "/stats30/admin46/api4/:p3" => h;
    GET "/api23" => h;
    GET "/posts12/tags19/tags19/jobs30" => h;
    POST "/feeds36/runs37/pulls4" => h;
    PUT "/api13" => h;
    POST "/teams41/posts29/blobs1" => h;
    PUT "/files33" => h;
    DELETE "/teams14/runs51/:p2" => h;
    POST "/files24/orgs59/stats19/pulls46" => h;
    PUT "/files1/keys56" => h;
    DELETE "/posts59/:p1/pulls54" => h;
    DELETE "/pulls29/keys13" => h;
    GET "/users27/:p1/runs17/admin32" => h;
    DELETE "/users51" => h;
    PUT "/api34/pulls52" => h;
    PUT "/admin37/teams47" => h;
    GET "/v153/pulls3" => h;
    PUT "/orgs55/:p1/blobs9/files40" => h;
    PUT "/blobs49/admin14/:p2" => h;
    GET "/v219/:p1/orgs9/stats7" => h;
    PUT "/issues53/jobs31/v130/issues37" => h;
    GET "/api4/tags4" => h;
    DELETE "/stats22/tags41/:p2/jobs35/*rest" => h;
    DELETE "/feeds32/tags60/v210/users60" => h;
    DELETE "/tags50/jobs43/files35" => h;
    GET "/v27/:p1" => h;
    GET "/issues28/feeds33/feeds35" => h;
    DELETE "/teams21/runs38/v11/tags4" => h;
    POST "/v157" => h;
    DELETE "/tags1/:p1" => h;
    DELETE "/items19/posts27" => h;
    GET "/items35" => h;
    POST "/blobs53/issues54" => h;
    GET "/orgs3" => h;
    GET "/stats45" => h;
    GET "/repos10" => h;
    POST "/admin23/:p1/stats25" => h;
    GET "/issues1/files10" => h;
    GET "/posts28/posts50/jobs0" => h;
    DELETE "/tags32/posts58/pulls9" => h;
    POST "/files44/pulls51/pulls60/:p3" => h;
    PUT "/jobs24/blobs21" => h;
    DELETE "/stats57/v157" => h;
    DELETE "/jobs44" => h;
    GET "/runs21/:p1/issues60" => h;
    GET "/posts9/orgs36/v237/users5" => h;
    PUT "/tags17" => h;
    GET "/repos56/v15/feeds6/:p3" => h;
    PUT "/orgs41/feeds13" => h;
    GET "/jobs44/v129/stats25/issues7/*rest" => h;
    POST "/posts38/keys47/items22" => h;
    GET "/v152/repos30/*rest" => h;
    DELETE "/admin29" => h;
    PUT "/v221" => h;
    PUT "/items41/teams41" => h;
    GET "/stats10/:p1/issues54" => h;
    POST "/posts14/:p1/v249" => h;
    GET "/admin6/issues51/posts47/repos30" => h;
    POST "/files33/keys20/files58" => h;
    GET "/issues59/feeds6/jobs21/:p3" => h;
    GET "/teams8/v221/keys11/users20" => h;
    DELETE "/repos40/feeds30/admin34" => h;
    GET "/feeds12/v218" => h;
    GET "/pulls32/api42" => h;
    DELETE "/admin43" => h;
    GET "/v13" => h;
    GET "/stats57/users32/jobs34" => h;
    GET "/files57/teams13" => h;
    GET "/tags25/users4/blobs7" => h;
    POST "/blobs23/users1" => h;
    GET "/files23/keys8/feeds16/files10" => h;
    PUT "/files19" => h;
    PUT "/keys31" => h;
    GET "/posts15" => h;
    GET "/api57" => h;
    GET "/issues37" => h;
    GET "/posts14/posts28/api59/:p3" => h;
    GET "/orgs27/orgs32/repos15" => h;
    GET "/blobs20/teams45/files37/*rest" => h;
    DELETE "/posts18/stats3" => h;
    POST "/pulls25/:p1" => h;
    GET "/repos5/repos0/tags6" => h;
    POST "/feeds21/stats14/:p2" => h;
    PUT "/items5" => h;
    GET "/v158/tags32" => h;
    GET "/teams42/jobs51" => h;
    GET "/items9/:p1/users44/posts50" => h;
    PUT "/stats15" => h;
    POST "/feeds10/feeds26/v110" => h;
    GET "/users8/:p1" => h;
    GET "/v145/:p1" => h;
    GET "/users9/:p1" => h;
    PUT "/keys55/repos41/jobs34" => h;
    PUT "/issues46/feeds22" => h;
    POST "/runs17/items32/*rest" => h;
    POST "/posts34/teams49" => h;
    DELETE "/pulls30/pulls34/v218" => h;
    DELETE "/v130" => h;
    GET "/repos55/v229" => h;
    GET "/api50/v140" => h;
    GET "/keys3/blobs2/runs33" => h;
    GET "/stats21/files31" => h;
    GET "/issues2/stats54/repos18" => h;
    DELETE "/files45/:p1" => h;
    GET "/stats2/posts27" => h;
    GET "/pulls7/:p1/pulls25" => h;
    GET "/tags24" => h;
    GET "/teams48/items43/:p2" => h;
    GET "/jobs43" => h;
    GET "/teams12/api14/jobs56" => h;
    POST "/pulls41/orgs32/api13" => h;
    GET "/users57/stats25/blobs15" => h;
    GET "/posts33/v217/issues29/posts42" => h;
    GET "/runs53/tags10" => h;
    GET "/repos60/orgs19/admin44/*rest" => h;
    POST "/files23/*rest" => h;
    PUT "/v258/pulls23/files6/issues7" => h;
    PUT "/api56/stats38" => h;
    DELETE "/v248/:p1/feeds53" => h;
    GET "/items21/teams21/:p2/*rest" => h;
    DELETE "/tags0/:p1" => h;
    GET "/feeds25/files50/files53/posts1" => h;
    PUT "/posts31/admin34/:p2/files16" => h;
    GET "/runs49/:p1" => h;
    GET "/keys34/:p1/runs7" => h;
    PUT "/admin34/jobs53/repos47" => h;
    GET "/feeds31/files52" => h;
    DELETE "/runs39/*rest" => h;
    PUT "/v151/files57" => h;
    GET "/repos34" => h;
    GET "/stats57/runs1" => h;
    GET "/orgs1" => h;
    GET "/files44" => h;
    GET "/orgs55/repos38/v135" => h;
    GET "/api19/:p1/keys30" => h;
    GET "/keys29/repos53/api17/pulls15" => h;
    DELETE "/posts14/:p1/feeds29/pulls31/*rest" => h;
    GET "/tags13/:p1/tags10" => h;
    DELETE "/files30/admin50/api22/teams16" => h;
    PUT "/issues18" => h;
    GET "/stats27/v216" => h;
    POST "/files18/teams50" => h;
    GET "/blobs53/blobs12/items26/:p3" => h;
    GET "/blobs24/teams11" => h;
    GET "/issues37/repos41" => h;
    DELETE "/admin28/*rest" => h;
    GET "/jobs11/feeds6" => h;
    GET "/v29/teams3" => h;
    GET "/api13/:p1" => h;
    DELETE "/issues11/v258/feeds15" => h;
    GET "/teams48/users7/teams28/users14" => h;
    PUT "/tags26/keys25/blobs4" => h;
    PUT "/blobs37/issues17/:p2/blobs13" => h;
    GET "/repos60/api35" => h;
    GET "/feeds57" => h;
    GET "/v140" => h;
    DELETE "/issues52/:p1" => h;
    POST "/items41/users42" => h;
    GET "/stats33/stats4/:p2/v22" => h;
    DELETE "/teams5/orgs59" => h;
    GET "/files39/pulls47/teams7" => h;
    PUT "/repos24/:p1/tags12/tags25" => h;
    PUT "/teams37/:p1/admin9" => h;
    GET "/feeds9/files27/:p2" => h;
    GET "/keys1" => h;
    GET "/v258/orgs6/teams25/users51" => h;
    PUT "/orgs1/:p1/orgs52/:p3" => h;
    POST "/items18" => h;
    GET "/v137/posts36/teams34/blobs19" => h;
    GET "/blobs4" => h;
    GET "/issues18/blobs1/jobs20" => h;
    GET "/teams51" => h;
    GET "/feeds7/pulls18" => h;
    GET "/blobs58/v138" => h;
    GET "/repos16/runs51/keys41/:p3" => h;
    GET "/runs59/repos11/teams19" => h;
    POST "/issues41/blobs2" => h;
    POST "/blobs12/keys47/v225/tags32" => h;
    GET "/pulls49/keys29/*rest" => h;
    GET "/orgs45/files53" => h;
    PUT "/issues21/feeds51/files54/files10" => h;
    PUT "/issues21/pulls9" => h;
    GET "/stats54/orgs17" => h;
    GET "/api24/repos55/users6/api25" => h;
    DELETE "/repos45" => h;
    GET "/api28" => h;
    DELETE "/jobs2/teams48/users40" => h;
    PUT "/keys9/items57/v122/admin5" => h;
    PUT "/runs27/v236/posts59" => h;
    DELETE "/posts21" => h;
    GET "/v159/pulls28/repos48" => h;
    POST "/teams15/items13" => h;
    GET "/admin60/repos30/files52" => h;
    GET "/orgs4/users56/blobs32/blobs14" => h;
    GET "/api21/issues26/pulls0/runs50" => h;
    POST "/stats0/:p1" => h;
    POST "/issues23/jobs24/users24/blobs39" => h;
    DELETE "/teams31/:p1/issues46/pulls38/*rest" => h;
    POST "/v22/blobs42/users52/api22" => h;
    PUT "/v240" => h;
    PUT "/stats19" => h;
    GET "/jobs51/users27/keys40/items39" => h;
    GET "/v260" => h;
    GET "/posts48/users58/v115" => h;
    POST "/runs37/:p1/teams15" => h;
    POST "/items51/keys49/feeds1" => h;
    GET "/teams10" => h;
    DELETE "/keys43/orgs20/items24/:p3" => h;
    POST "/jobs56" => h;
    GET "/issues52/teams13" => h;
    GET "/api57/:p1/v16" => h;
    DELETE "/pulls53/stats53/:p2/tags43" => h;
    GET "/v151/keys11/:p2/items15" => h;
    GET "/admin49" => h;
    GET "/stats6/repos51/files28" => h;
    GET "/files10/users5/tags5/:p3" => h;
    GET "/repos7/:p1/api37/feeds50" => h;
    GET "/tags4/v218" => h;
    POST "/stats28/issues19/orgs60/:p3" => h;
    GET "/v131/teams14/files32/users30" => h;
    POST "/teams35/orgs59/items19/items18" => h;
    PUT "/jobs30/runs8/:p2" => h;
    GET "/blobs45" => h;
    DELETE "/keys52/admin27/repos26" => h;
    GET "/orgs40" => h;
    POST "/tags12/jobs42/repos40" => h;
    POST "/blobs42/blobs40/:p2/jobs32" => h;
    DELETE "/v124/issues46/issues36" => h;
    GET "/files3" => h;
    PUT "/api31/repos57" => h;
    DELETE "/posts46" => h;
    DELETE "/orgs24/:p1" => h;
    GET "/feeds4/:p1/blobs14" => h;
    GET "/stats2/tags40/feeds28/v111" => h;
    DELETE "/feeds48/runs45/tags48/admin19" => h;
    GET "/keys15/teams35/api39" => h;
    DELETE "/repos44" => h;
    PUT "/v231/api19/feeds35" => h;
    POST "/tags5/users36/users37" => h;
    GET "/issues13/keys38/issues2" => h;
    DELETE "/issues49/:p1/items40" => h;
    GET "/v234/files46" => h;
    GET "/stats1/:p1/admin36/:p3" => h;
    GET "/feeds48" => h;
    DELETE "/v148/v141/v248" => h;
    POST "/v142/users14/stats49" => h;
    GET "/stats1/v218/:p2" => h;
    GET "/admin23/:p1" => h;
    POST "/blobs16/:p1" => h;
    GET "/feeds33/posts21/runs50" => h;
    PUT "/issues21/api56/teams15/api2" => h;
    GET "/items34/issues22" => h;
    POST "/admin42" => h;
    GET "/admin2/posts5/teams31/:p3" => h;
    POST "/pulls39" => h;
    POST "/v213/stats30" => h;
    PUT "/tags13/feeds1/issues12" => h;
    GET "/repos49" => h;
    PUT "/stats9" => h;
    GET "/feeds43/:p1/:p2" => h;
    DELETE "/repos30/stats19/users12/orgs13" => h;
    POST "/admin46/orgs33/posts38/:p3" => h;
    GET "/runs42/v158/:p2/v133/*rest" => h;
    POST "/admin47/api9/:p2/jobs17" => h;
    DELETE "/users27/posts32/teams31" => h;
    POST "/tags44" => h;
    POST "/items49/items32" => h;
    PUT "/v15/repos59/jobs6" => h;
    GET "/pulls13/:p1" => h;
    DELETE "/api7/:p1/orgs58" => h;
    PUT "/blobs19/admin9" => h;
    GET "/issues10/:p1/admin51/teams46" => h;
    PUT "/stats41" => h;
    POST "/posts41/users31" => h;
    POST "/items21" => h;
    GET "/blobs15" => h;
    POST "/items27/v238/:p2/:p3" => h;
    GET "/repos11/feeds2/users9/v255" => h;
    POST "/api53" => h;
    DELETE "/issues28/api11/feeds7" => h;
    PUT "/items3/admin4/repos42/runs8" => h;
    DELETE "/blobs26" => h;
    GET "/jobs14" => h;
    GET "/orgs28/files46/stats60" => h;
    GET "/runs1/:p1/runs11" => h;
    GET "/repos7" => h;
    PUT "/v234/pulls17" => h;
    PUT "/repos50/v216/admin58" => h;
    GET "/repos8/stats11" => h;
    PUT "/issues25/:p1/posts27/v111" => h;
    PUT "/admin24/items8/feeds44" => h;
    DELETE "/items11/keys16/*rest" => h;
    GET "/files4/orgs13/:p2/issues20" => h;
    PUT "/feeds43/posts44/jobs41" => h;
    PUT "/users10" => h;
    GET "/jobs55" => h;
    GET "/keys48/repos2/v216/teams25" => h;
    PUT "/teams47/runs41/stats18" => h;
    PUT "/api49/*rest" => h;
    DELETE "/feeds36/blobs21/api40/:p3" => h;
    PUT "/files36/teams35/:p2" => h;
    GET "/items35/blobs57/files2/orgs1" => h;
    GET "/runs3" => h;
    DELETE "/v252/teams32/blobs41" => h;
    GET "/stats11/:p1/:p2" => h;
    POST "/tags8/keys15/orgs33" => h;
    PUT "/keys35" => h;
    GET "/jobs16" => h;
    POST "/stats55/keys6/:p2" => h;
    DELETE "/stats3/:p1/teams23" => h;
    DELETE "/repos29/posts21" => h;
    DELETE "/stats56" => h;
    DELETE "/feeds48/jobs23/items56/:p3" => h;
    GET "/admin42" => h;
    PUT "/pulls18" => h;
    GET "/blobs58/orgs8" => h;
    GET "/repos41/users59" => h;
    GET "/api48" => h;
    GET "/keys56/files54/jobs25/v10" => h;
    DELETE "/v235/issues59/feeds27" => h;
    GET "/items36/pulls21/users45/issues35" => h;
    POST "/stats30" => h;
    PUT "/jobs1/posts58/:p2" => h;
    GET "/stats14/repos41/:p2/keys59" => h;
    DELETE "/issues54/admin52/blobs7" => h;
    GET "/keys27/admin15" => h;
    PUT "/users25/posts0/v258" => h;
    POST "/runs46/jobs44/files30/v225/*rest" => h;
    GET "/files40/users54/issues55" => h;
    GET "/runs38/:p1/:p2" => h;
    GET "/runs48/:p1/stats21/stats52" => h;
    GET "/jobs54" => h;
    GET "/keys46/api59/users23/blobs34" => h;
    PUT "/keys1/:p1/keys41" => h;
    GET "/jobs16/users22/v216/:p3/*rest" => h;
    GET "/keys45/repos6" => h;
    GET "/keys44" => h;
    GET "/orgs47/repos28" => h;
    PUT "/pulls21/issues42/v126" => h;
    GET "/orgs54/keys34" => h;
    POST "/repos21/blobs54" => h;
    GET "/users43/:p1" => h;
    GET "/v128/files45/*rest" => h;
    POST "/stats1/:p1/api37" => h;
    POST "/orgs40/teams14" => h;
    POST "/stats27" => h;
    GET "/tags30/stats24" => h;
    POST "/teams28" => h;
    GET "/orgs47" => h;
    POST "/orgs39/blobs30" => h;
    PUT "/runs55/files59" => h;
    GET "/runs57" => h;
    POST "/api38/api15/tags32" => h;
    GET "/admin14/stats4" => h;
    DELETE "/files47/repos0/jobs2/admin1" => h;
    GET "/admin48/blobs20" => h;
    GET "/keys59/users60" => h;
    PUT "/posts42" => h;
    PUT "/users49" => h;
    DELETE "/repos22/users58/runs44/jobs2" => h;
    GET "/stats36/keys29/:p2/feeds1" => h;
    PUT "/users33/teams50/orgs50/v10" => h;
    PUT "/tags54/stats38/*rest" => h;
    GET "/jobs37/:p1/users5/:p3" => h;
    POST "/stats25/posts22/items32" => h;
    POST "/v233/:p1" => h;
    GET "/repos44/api19/*rest" => h;
    GET "/jobs14/jobs24/:p2/:p3" => h;
    POST "/posts55/runs2/items52/pulls14" => h;
    GET "/api17/stats40/files28/pulls29" => h;
    PUT "/keys14/jobs42" => h;
    DELETE "/users46/items4/:p2" => h;
    POST "/users10/users34" => h;
    POST "/issues0/api54" => h;
    DELETE "/feeds20/users32/runs31" => h;
    GET "/orgs57/admin53" => h;
    GET "/pulls29" => h;
    DELETE "/stats11" => h;
    GET "/runs39/pulls4" => h;
    POST "/orgs56/files28/admin36" => h;
    POST "/admin16/teams43/v124" => h;
    GET "/files8/items40" => h;
    POST "/issues34/admin15" => h;
    GET "/issues22" => h;
    PUT "/api4" => h;
    PUT "/users43" => h;
    PUT "/teams49" => h;
    DELETE "/pulls21/tags36/keys53/files49" => h;
    GET "/v248" => h;
    GET "/repos58/issues14/orgs31/blobs45" => h;
    PUT "/v145/issues44/repos31/users41" => h;
    POST "/v26/orgs4/repos28" => h;
    GET "/pulls21/items29/:p2" => h;
    GET "/items22/stats47/runs50" => h;
    PUT "/admin57/tags21" => h;
    PUT "/jobs36/posts41/api21/items34" => h;
    POST "/v223" => h;
    GET "/tags58/admin17/api14" => h;
    GET "/keys7/issues50/blobs32/v150" => h;
    POST "/issues52/orgs57/feeds16" => h;
    PUT "/posts53/:p1" => h;
    GET "/runs9/v129/:p2/api32" => h;
    GET "/v238" => h;
    PUT "/api41/:p1" => h;
    POST "/items30/:p1/keys22/posts59" => h;
    GET "/api24" => h;
    GET "/teams8/admin56/files6" => h;
    GET "/files11/:p1/tags0/issues6" => h;
    DELETE "/files14/teams14/stats5/tags33" => h;
    GET "/pulls8" => h;
    PUT "/jobs47/stats5/orgs7/stats3" => h;
    DELETE "/stats55" => h;
    DELETE "/api38/admin13/users39/:p3" => h;
    GET "/users4" => h;
    GET "/admin55/teams50/api35" => h;
    GET "/runs12/pulls33/*rest" => h;
    GET "/files41/:p1" => h;
    GET "/tags34/issues2/api4" => h;
    PUT "/blobs29/runs40/posts37" => h;
    DELETE "/users45/:p1/v120/issues52" => h;
    PUT "/v27" => h;
    POST "/keys55" => h;
    GET "/feeds21/v257" => h;
    DELETE "/v24/runs1/*rest" => h;
    POST "/stats39/v210/api50" => h;
    GET "/teams13" => h;
    GET "/jobs31/keys44/issues1" => h;
    POST "/repos3" => h;
    POST "/users20/admin5/pulls35/api48" => h;
    GET "/feeds44" => h;
    GET "/posts24" => h;
    PUT "/posts22/:p1" => h;
    POST "/admin45/orgs17" => h;
    PUT "/items11/feeds0/:p2" => h;
    DELETE "/teams38/files48/items57/posts57" => h;
    PUT "/items49/:p1" => h;
    DELETE "/feeds31/stats45/keys46/issues34" => h;
    POST "/api29/blobs19/api10" => h;
    POST "/tags4/issues3/v26" => h;
    DELETE "/stats3/runs27" => h;
    GET "/pulls37/issues8" => h;
    DELETE "/jobs52" => h;
    GET "/issues8/keys41/:p2/posts16" => h;
    DELETE "/files31/v228/files38" => h;
    PUT "/v253/api16/:p2" => h;
    POST "/jobs43" => h;
    GET "/orgs3/items34/:p2/api51" => h;
    POST "/runs32/teams22/keys32" => h;
    GET "/feeds17/posts46" => h;
    GET "/admin24" => h;
    PUT "/pulls50/keys20/keys41" => h;
    DELETE "/issues4" => h;
    PUT "/pulls30/users12/admin3" => h;
    GET "/items48/feeds52" => h;
    DELETE "/admin35/keys11/orgs20" => h;
    GET "/v230/posts3" => h;
    POST "/jobs60" => h;
    DELETE "/orgs34/repos35/keys17" => h;
    GET "/items13/:p1/tags27/:p3" => h;
    PUT "/keys9" => h;
    PUT "/teams48/blobs20/pulls54/pulls12" => h;
    POST "/admin46/feeds43/files59" => h;
    POST "/stats34/v157" => h;
    GET "/v214/keys22/blobs26" => h;
    GET "/items22/files56/stats14/api51" => h;
    POST "/items44/jobs48/orgs43/runs48" => h;
    GET "/feeds30" => h;
    GET "/orgs5" => h;
    PUT "/v223/v11/items4" => h;
    GET "/feeds55/files53" => h;
    GET "/feeds55/v139" => h;
    PUT "/jobs9/issues17/v155/jobs56" => h;
    GET "/posts53/:p1/items35" => h;
    DELETE "/items31" => h;
    GET "/tags11/admin51/*rest" => h;
    POST "/posts32/:p1" => h;
    GET "/teams32/tags45/blobs44" => h;
    GET "/jobs56/v260/tags59/keys42" => h;
    GET "/files36/tags1" => h;
    GET "/keys42" => h;
    GET "/blobs50" => h;
    PUT "/issues5/tags50" => h;
    GET "/api2/files24/runs5/jobs18" => h;
    GET "/feeds57/jobs48/api16/posts7" => h;
    PUT "/issues53" => h;
    GET "/tags18/keys39/posts0/runs6" => h;
    GET "/posts56" => h;
    PUT "/feeds48/blobs50" => h;
    DELETE "/pulls7/repos11/teams49" => h;
    GET "/keys30" => h;
    DELETE "/pulls34" => h;
    POST "/feeds47/admin30" => h;
    POST "/admin21/api28" => h;
    GET "/users26/issues27/feeds54/issues49/*rest" => h;
    GET "/keys18/admin59/:p2" => h;
    GET "/pulls9/*rest" => h;
    PUT "/files42/repos35/runs7" => h;
    POST "/runs5" => h;
    GET "/keys47/files58/pulls11" => h;
    PUT "/orgs33/v229" => h;
    POST "/pulls17" => h;
    DELETE "/issues4/items10/files0" => h;
    GET "/keys2/items12/:p2" => h;
    GET "/admin48/teams13" => h;
    GET "/items22/teams31/pulls53/:p3" => h;
    GET "/jobs42/files13" => h;
    GET "/stats39/:p1" => h;
    POST "/orgs23/pulls22/api59" => h;
    GET "/items14/users9/keys17" => h;
    DELETE "/issues32" => h;
    PUT "/pulls9" => h;
    GET "/issues13/:p1/runs23" => h;
    GET "/v135/teams45/issues30" => h;
    GET "/orgs10/items19/teams55/users4" => h;
    GET "/posts51/admin29" => h;
    PUT "/pulls42/runs31" => h;
    GET "/v131/stats44" => h;
    POST "/pulls0/v227" => h;
    GET "/orgs18" => h;
    POST "/v251" => h;
    PUT "/v132/feeds33" => h;
    GET "/users7/:p1/blobs6" => h;
    GET "/stats53/orgs46" => h;
    DELETE "/stats14/:p1" => h;
    POST "/jobs11/:p1/issues5/:p3/*rest" => h;
    GET "/v156/feeds47" => h;
    PUT "/runs34" => h;
    DELETE "/v219/stats41/teams11" => h;
    DELETE "/v238" => h;
    PUT "/orgs6/v136/tags20" => h;
    GET "/v218/files40/:p2/api8" => h;
    POST "/v219/api13/users38" => h;
    GET "/teams32/orgs8" => h;
    GET "/runs51" => h;
    GET "/teams52/issues2/:p2" => h;
    GET "/jobs6" => h;
    PUT "/issues14/admin24/runs11" => h;
    GET "/jobs38/keys34" => h;
    DELETE "/repos0/items13" => h;
    GET "/users33/:p1/:p2/v126" => h;
    PUT "/issues18/api46" => h;
    PUT "/files49/tags33/stats44" => h;
    GET "/repos22/blobs57/pulls49/feeds8/*rest" => h;
    POST "/stats58/:p1/items45" => h;
    GET "/api20/stats17/*rest" => h;
    GET "/v115/items0/users35" => h;
    DELETE "/blobs40/items39/orgs49" => h;
    GET "/files15/posts54" => h;
    GET "/admin54/:p1" => h;
    GET "/items4/:p1/:p2" => h;
    GET "/users34" => h;
    GET "/posts6" => h;
    GET "/tags17/teams9" => h;
    PUT "/v110/users12/issues40/repos0" => h;
    POST "/pulls8/pulls29/issues2" => h;
    GET "/admin21/users14/admin56/api54" => h;
    DELETE "/teams49/repos10" => h;
    PUT "/orgs22/users36/v242/:p3" => h;
    GET "/items37/items12" => h;
    DELETE "/issues49/tags58/v249" => h;
    PUT "/keys57/:p1/orgs55" => h;
    GET "/keys21" => h;
    GET "/api55/feeds59" => h;
    GET "/blobs47/users5/users7/:p3" => h;
    GET "/jobs33/api1/admin43" => h;
    GET "/jobs30" => h;
    GET "/orgs4/keys1" => h;
    POST "/keys32/v145/*rest" => h;
    GET "/blobs19/tags3/orgs52" => h;
    GET "/pulls36/tags47/:p2/:p3" => h;
    DELETE "/users36/files19" => h;
    GET "/users56" => h;
    GET "/feeds60" => h;
    PUT "/users2/stats49/users5/:p3" => h;
    POST "/files36/admin16/stats48/repos60" => h;
    GET "/feeds35/jobs45/repos31/jobs57" => h;
    PUT "/stats16/keys9/pulls22/pulls9" => h;
    GET "/admin60/issues21/blobs39" => h;
    POST "/items37/posts5" => h;
    GET "/blobs23/:p1" => h;
    PUT "/api40/users34" => h;
    GET "/issues48" => h;
    GET "/blobs33/admin56/files51" => h;
    DELETE "/feeds31/teams26/users43/repos40" => h;
    POST "/keys31/:p1/feeds33/runs56" => h;
    GET "/v130/files8" => h;
    PUT "/runs59/api5/stats6" => h;
    GET "/posts48/admin11" => h;
    POST "/jobs37/:p1/orgs46/issues1" => h;
    GET "/v112/repos38" => h;
    GET "/stats59" => h;
    DELETE "/issues6" => h;
    PUT "/blobs1/v112" => h;
    PUT "/stats22/:p1/orgs34/posts42" => h;
    GET "/posts38/items5" => h;
    DELETE "/issues7/:p1/:p2/stats56" => h;
    DELETE "/v128/api22/posts56/admin12/*rest" => h;
    POST "/items21/orgs46/items31" => h;
    DELETE "/tags42/pulls33/posts48" => h;
    GET "/tags56" => h;
    PUT "/items60/:p1" => h;
    PUT "/api33/issues2" => h;
    GET "/tags41" => h;
    GET "/items43/blobs7" => h;
    PUT "/v158/tags3/posts20" => h;
    DELETE "/stats36" => h;
    POST "/tags19/users23/:p2" => h;
    GET "/v225/issues9/api32" => h;
    GET "/users17/jobs52/:p2/jobs56" => h;
    DELETE "/api44" => h;
    DELETE "/files14/v158" => h;
    POST "/pulls9/runs42/:p2" => h;
    GET "/tags22/users14/runs0" => h;
    PUT "/jobs29/feeds7/admin40/v217" => h;
    GET "/issues18/:p1/:p2" => h;
    GET "/items23/files32/v237/orgs43/*rest" => h;
    GET "/v230/:p1/feeds29/orgs26" => h;
    DELETE "/runs9/v28/items57/posts48" => h;
    DELETE "/users6/stats20/:p2" => h;
    POST "/feeds37/tags23/admin45" => h;
    GET "/v251/issues14/tags16/feeds48" => h;
    GET "/files0/v222/items2/v21" => h;
    POST "/issues51/:p1/issues48" => h;
    DELETE "/stats30/issues21/admin24/tags0" => h;
    POST "/tags60" => h;
    GET "/keys18" => h;
    PUT "/feeds46/posts48" => h;
    GET "/admin54" => h;
    POST "/runs31/feeds50" => h;
    GET "/issues40/files15/tags39/jobs41" => h;
    GET "/feeds53/issues37" => h;
    DELETE "/api0/users33/:p2" => h;
    DELETE "/issues24/api23/v223/items26" => h;
    PUT "/files5" => h;
    DELETE "/items55/issues50/v17" => h;
    GET "/files0/jobs17/keys3/v138" => h;
    PUT "/tags12/:p1" => h;
    GET "/keys43/users33/runs36/api57" => h;
    PUT "/runs10" => h;
    GET "/issues54/admin16" => h;
    GET "/v120/files28/feeds4" => h;
    GET "/v22/issues46" => h;
    DELETE "/stats4/items44/:p2" => h;
    GET "/orgs55" => h;
    POST "/jobs20/issues25/v257/keys22" => h;
    DELETE "/admin5/admin41/v27/api7" => h;
    GET "/api41/api30" => h;
    PUT "/v125/admin46/issues5" => h;
    PUT "/v233/posts12" => h;
    GET "/issues47/issues16/posts59/api31" => h;
    DELETE "/teams38" => h;
    DELETE "/repos26/teams55/admin34/orgs28" => h;
    PUT "/v128" => h;
    GET "/api51" => h;
    GET "/runs45/posts4" => h;
    POST "/api48/:p1/:p2/:p3" => h;
    GET "/repos32/:p1/v123" => h;
    DELETE "/files7/stats39/:p2/orgs8" => h;
    GET "/items38/teams57/blobs2/items24" => h;
    GET "/v113" => h;
    DELETE "/admin22/api44/:p2" => h;
    DELETE "/v218/items26/pulls17" => h;
    PUT "/orgs43/runs3/blobs7" => h;
    GET "/teams59/keys44/:p2" => h;
    DELETE "/files12/tags4/teams20/blobs13" => h;
    GET "/users11/runs35/runs20/:p3" => h;
    GET "/items40" => h;
    DELETE "/pulls60/teams20" => h;
    GET "/v257" => h;
    PUT "/issues38/posts19/issues36/v256" => h;
    GET "/api2" => h;
    GET "/feeds10/tags53" => h;
    GET "/pulls34/:p1/runs56/:p3" => h;
    POST "/feeds12" => h;
    DELETE "/files8" => h;
    GET "/issues43/blobs44/pulls23" => h;
    GET "/orgs10/items35/teams21" => h;
    PUT "/teams9/admin12/pulls35/files39" => h;
    PUT "/stats24/posts37" => h;
    GET "/users59/:p1/repos45/repos31" => h;
    GET "/stats12/items4/feeds33/pulls32" => h;
    POST "/jobs8" => h;
    GET "/tags57/runs3" => h;
    GET "/files35/v27/:p2/:p3" => h;
    DELETE "/teams11/v111/:p2" => h;
    PUT "/runs27" => h;
    GET "/blobs55/:p1/jobs10/posts15" => h;
    PUT "/stats43/jobs5/feeds16" => h;
    GET "/blobs8/admin27/items10" => h;
    POST "/jobs53" => h;
    GET "/issues21" => h;
    POST "/items6/tags22/orgs36" => h;
    PUT "/issues48/stats33/v26" => h;
    POST "/jobs0" => h;
    GET "/repos28/:p1/jobs5/stats60" => h;
    GET "/tags5" => h;
    GET "/blobs13/posts9/*rest" => h;
    GET "/v129/blobs37" => h;
    GET "/repos32/blobs16/pulls11" => h;
    PUT "/api54" => h;
    GET "/feeds7" => h;
    PUT "/v158" => h;
    GET "/blobs51/stats51" => h;
    POST "/runs42" => h;
    GET "/stats36/jobs15/files25/repos32" => h;
    POST "/issues44/:p1/blobs17" => h;
    GET "/blobs26/stats51/:p2/repos31" => h;
    PUT "/users47/v256" => h;
    POST "/v225" => h;
    GET "/posts55" => h;
    DELETE "/pulls24/v228/:p2" => h;
    POST "/v20" => h;
    DELETE "/teams6/runs52/feeds4" => h;
    GET "/v227/teams2" => h;
    GET "/admin26" => h;
    DELETE "/posts33/keys26/feeds15" => h;
    GET "/stats10/feeds33/feeds43/files27" => h;
    DELETE "/pulls60/:p1/admin35" => h;
    DELETE "/api36/items8" => h;
    PUT "/v227" => h;
    GET "/feeds32/teams53/posts24" => h;
    POST "/blobs38/posts23/feeds38/blobs51" => h;
    POST "/v127/feeds18/tags26/:p3" => h;
    GET "/repos40/users59/:p2/:p3" => h;
    DELETE "/stats44/jobs33/v240/blobs5" => h;
    GET "/blobs18" => h;
    DELETE "/v147/files50/jobs3" => h;
    DELETE "/teams52/:p1/:p2/issues38" => h;
    GET "/repos41/*rest" => h;
    GET "/blobs49/pulls29/keys27/users54" => h;
    GET "/pulls18" => h;
    GET "/files44/:p1/repos7/items46" => h;
    GET "/items16/:p1" => h;
    GET "/repos7/orgs8" => h;
    POST "/items45" => h;
    PUT "/tags41" => h;
    DELETE "/v236/:p1" => h;
    POST "/repos22" => h;
    DELETE "/items50" => h;
    GET "/keys27/issues11/tags60" => h;
    DELETE "/admin13/api19/v132/issues15" => h;
    GET "/v210/repos33/keys51" => h;
    PUT "/keys25/tags26/stats59" => h;
    GET "/teams38/api9/blobs33/items19" => h;
    GET "/pulls34/:p1/items40" => h;
    POST "/jobs36/tags12/:p2/stats45/*rest" => h;
    GET "/admin45/:p1/jobs45/repos32" => h;
    POST "/blobs26/blobs23" => h;
    PUT "/feeds32" => h;
    GET "/jobs14/jobs42/teams46/api48" => h;
    GET "/v138/posts1/pulls38" => h;
    GET "/pulls11/files14" => h;
    GET "/orgs48/feeds44/items27/v215" => h;
    GET "/users35/pulls42" => h;
    DELETE "/runs55/keys43" => h;
    POST "/blobs6/pulls22/keys15" => h;
    POST "/v215/:p1" => h;
    GET "/blobs45/tags30" => h;
    GET "/teams55" => h;
    GET "/feeds25/items4/v152/api12" => h;
    GET "/keys33/users14/repos26/:p3" => h;
    GET "/files48/repos3" => h;
    POST "/repos23/:p1/:p2" => h;
    GET "/teams48/items1" => h;
    DELETE "/api15/:p1/items1" => h;
    DELETE "/blobs47/teams10/admin18/posts53" => h;
    GET "/blobs11/v217" => h;
    DELETE "/admin26" => h;
    DELETE "/files3/stats26/issues36" => h;
    POST "/orgs45" => h;
    DELETE "/repos15/blobs58/:p2" => h;
    GET "/repos37/:p1" => h;
    GET "/teams24" => h;
    PUT "/jobs58/stats38/blobs7/:p3" => h;
    PUT "/v135/files38/blobs57/feeds23" => h;
    PUT "/runs34/api32/:p2/admin43" => h;
    PUT "/items20/api56/posts26" => h;
    POST "/runs11/admin45/:p2/feeds41" => h;
    GET "/v237/jobs23/issues16" => h;
    GET "/repos44/users23" => h;
    PUT "/keys3/users7/:p2" => h;
    GET "/api40" => h;
    GET "/repos5/users3/repos46" => h;
    PUT "/api37/v18/admin25" => h;
    GET "/blobs21/files23/v116" => h;
    POST "/v220/:p1/:p2/v21" => h;
    DELETE "/v252/v218/stats11" => h;
    GET "/jobs25/admin58" => h;
    GET "/users39" => h;
    PUT "/keys26/:p1" => h;
    POST "/keys30" => h;
    GET "/posts59/issues23" => h;
    DELETE "/orgs10/stats28/admin55/users24" => h;
    GET "/pulls13" => h;
    DELETE "/keys38/items60/stats51" => h;
    GET "/blobs43/orgs45/feeds14" => h;
    GET "/files21" => h;
    POST "/feeds34" => h;
    GET "/users35/pulls41/feeds6/admin8" => h;
    PUT "/posts34" => h;
    DELETE "/blobs60" => h;
    DELETE "/keys49" => h;
    GET "/feeds57/posts42/teams48/tags3" => h;
    PUT "/stats43/api30/orgs14/users33" => h;
    POST "/files6/feeds56" => h;
    PUT "/keys4/:p1/runs37/:p3" => h;
    PUT "/v218/*rest" => h;
    POST "/issues27/orgs40/keys33" => h;
    GET "/issues31/runs15/v222" => h;
    PUT "/v211/blobs11/v150" => h;
    GET "/teams42" => h;
    PUT "/posts2/:p1/*rest" => h;
    PUT "/users37/:p1/items3/jobs59" => h;
    POST "/v121/:p1/runs25/stats17" => h;
    POST "/tags15" => h;
    POST "/users5/keys45" => h;
    GET "/tags57/users2/pulls24" => h;
    DELETE "/jobs41/keys55" => h;
    DELETE "/files19" => h;
    GET "/runs13/files55/v216/items0" => h;
    GET "/v224" => h;
    PUT "/tags22/blobs57/keys31" => h;
    GET "/teams58/v232/files13/admin4" => h;
    GET "/pulls10/repos31/items23" => h;
    PUT "/feeds56/api10" => h;
    GET "/files49" => h;
    DELETE "/teams51/:p1/jobs57/:p3" => h;
    GET "/v136/feeds14/:p2/v227" => h;
    GET "/stats51/posts12/repos59/teams54" => h;
    GET "/stats15/v147/feeds19" => h;
    POST "/v239" => h;
    PUT "/repos37/v28/pulls52/:p3" => h;
    GET "/tags50/api60/:p2/v157/*rest" => h;
    DELETE "/users25/:p1/users17/:p3" => h;
    GET "/runs10/jobs34/pulls29/teams39" => h;
    PUT "/items6/repos41/admin40/api48" => h;
    POST "/tags37/admin18/v214/:p3" => h;
    GET "/tags24/blobs46/tags14" => h;
    GET "/issues14/teams30/:p2/pulls22" => h;
    GET "/stats24/repos13/stats51/jobs26" => h;
    GET "/keys42/stats42/repos31/tags36" => h;
    GET "/tags18/orgs33/pulls33/issues42" => h;
    POST "/users46/keys24" => h;
    POST "/api15/:p1/posts17" => h;
    GET "/users8/keys18/tags57/feeds7" => h;
    GET "/keys11" => h;
    GET "/pulls5" => h;
    GET "/repos47/runs14" => h;
    GET "/orgs29/api23/v159/v224" => h;
    GET "/pulls59/repos21" => h;
    GET "/users24" => h;
    PUT "/orgs22" => h;
    POST "/items5" => h;
    GET "/repos50" => h;
    GET "/jobs49/tags1" => h;
    PUT "/items18/runs56/repos24" => h;
    DELETE "/orgs54" => h;
    GET "/items2/files18/:p2/:p3" => h;
    GET "/v218/stats21/blobs6" => h;
    DELETE "/tags35/pulls28/*rest" => h;
    POST "/teams54/teams29" => h;
    GET "/pulls18/blobs60/:p2" => h;
    GET "/runs28/orgs31" => h;
    DELETE "/users54/:p1/orgs56/posts2" => h;
    GET "/stats51/jobs27" => h;
    GET "/jobs43/files26/posts3" => h;
    GET "/v122" => h;
    DELETE "/repos4/teams14/keys25" => h;
    DELETE "/v110/blobs48" => h;
    GET "/repos46/v151" => h;
    DELETE "/feeds1/:p1" => h;
    PUT "/v28/jobs15/blobs15" => h;
    GET "/admin27/:p1" => h;
    DELETE "/pulls33/api6/v230" => h;
    GET "/teams41/*rest" => h;
    DELETE "/jobs31/files0" => h;
    GET "/orgs17" => h;
    PUT "/v231/keys57" => h;
    POST "/issues8/repos38/teams21" => h;
    POST "/feeds34/api31/orgs48" => h;
    POST "/tags24/users53" => h;
    GET "/blobs16/users21" => h;
    GET "/repos17/issues4" => h;
    PUT "/repos11/pulls10/pulls19/:p3" => h;
    PUT "/orgs0/tags37" => h;
    GET "/orgs5/:p1/:p2/files22" => h;
    GET "/items13/repos15" => h;
    GET "/feeds43" => h;
    DELETE "/issues20/issues33" => h;
    POST "/orgs3/:p1/v135" => h;
    DELETE "/admin7/items12" => h;
    DELETE "/files0/teams34/v148" => h;
    DELETE "/runs10/:p1" => h;
    GET "/v239" => h;
    DELETE "/posts58/*rest" => h;
    POST "/posts13/api53/v18/:p3" => h;
    GET "/v154/blobs22/blobs27/:p3" => h;
    GET "/teams24/api36/v126/:p3" => h;
    PUT "/jobs47/users38" => h;
    POST "/admin48/admin54" => h;
    DELETE "/pulls36/api10/keys58/:p3" => h;
    PUT "/teams44/:p1/keys50" => h;
    GET "/v160/feeds19/:p2" => h;
    GET "/tags12/stats8/v114/orgs14" => h;
    DELETE "/keys42/api60/v158" => h;
    DELETE "/pulls47" => h;
    DELETE "/users56/users22" => h;
    DELETE "/posts55/posts11/:p2/files16" => h;
    PUT "/issues38/keys59" => h;
    PUT "/v15/posts20" => h;
    POST "/stats19" => h;
    PUT "/blobs13/teams41/posts60/files21" => h;
    POST "/users45" => h;
    PUT "/admin41" => h;
    PUT "/keys50/posts50" => h;
    GET "/admin23/items21" => h;
    PUT "/files16/:p1/:p2" => h;
    GET "/items45" => h;
    PUT "/jobs38/stats13/v243/*rest" => h;
    GET "/posts50/:p1/teams43/orgs42" => h;
    PUT "/stats15/keys7" => h;
    GET "/jobs27/v152/v112" => h;
    GET "/repos4/admin41/*rest" => h;
    DELETE "/orgs3/:p1/feeds48" => h;
    DELETE "/pulls5/items19" => h;
    POST "/posts11/pulls21" => h;
    PUT "/pulls28/teams44/items35" => h;
    GET "/posts59/pulls16/issues32" => h;
    DELETE "/pulls22/repos11" => h;
    POST "/tags35" => h;
    PUT "/pulls11/teams26/items47/users30" => h;
    GET "/admin19/v259/runs22/v27" => h;
    DELETE "/stats50" => h;
    GET "/repos3/:p1" => h;
    PUT "/files25/v155/users17" => h;
    GET "/tags21" => h;
    GET "/issues11/:p1" => h;
    GET "/admin45/items20" => h;
    GET "/api29/:p1/tags59" => h;
    DELETE "/keys7/users40" => h;
    PUT "/admin7" => h;
    GET "/blobs16/:p1/keys25/users7" => h;
    GET "/users14/users25/tags26" => h;
    POST "/blobs57" => h;
    GET "/items57/jobs46/orgs45" => h;
    GET "/feeds55" => h;
    POST "/files15/:p1" => h;
    POST "/repos60/:p1/pulls7/:p3" => h;
    DELETE "/issues38/:p1/:p2/stats18" => h;
    PUT "/repos50/:p1/jobs41" => h;
    POST "/issues53" => h;
    GET "/v128/issues5/:p2/*rest" => h;
    DELETE "/teams28/items59/keys20/keys1" => h;
    GET "/posts7/:p1/v213/:p3" => h;
    GET "/keys13/files44" => h;
    GET "/keys9/api14" => h;
    POST "/repos42/:p1" => h;
    PUT "/admin10/stats5/admin43/v230" => h;
    GET "/tags34/stats33/:p2" => h;
    PUT "/blobs21/runs10" => h;
    DELETE "/issues43/v128/v12/:p3" => h;
    POST "/v15/runs57/api54/*rest" => h;
    GET "/files14/:p1" => h;
    PUT "/v127/:p1/v114/tags1" => h;
    GET "/api43/v150" => h;
    PUT "/feeds53/files51" => h;
    GET "/api47/files39/admin46" => h;
    DELETE "/feeds51/tags44/pulls33" => h;
    DELETE "/v123/keys57/api24/v113" => h;
    PUT "/v16" => h;
    GET "/feeds14/:p1/runs4" => h;
    GET "/v214/tags25/keys60" => h;
    GET "/repos58" => h;
    POST "/teams9/tags60/issues37" => h;
    DELETE "/v12/pulls11" => h;
    GET "/stats60/stats0/v256/posts44/*rest" => h;
    POST "/blobs37/v118" => h;
    GET "/tags36/keys43/files50/v115" => h;
    GET "/users19/files6/feeds12" => h;
    GET "/repos57/issues38" => h;
    GET "/posts5/runs59/repos12" => h;
    DELETE "/orgs52/orgs35" => h;
    GET "/v244" => h;
    PUT "/admin5/items50" => h;
    GET "/runs42/blobs32" => h;
    GET "/issues24/jobs0" => h;
    GET "/keys8/:p1/runs35/stats5" => h;
    GET "/admin2/runs10/teams32" => h;
    GET "/users36" => h;
    PUT "/files6/issues21/stats12" => h;
    GET "/pulls50/:p1" => h;
    POST "/api23" => h;
    GET "/blobs9/blobs54" => h;
    GET "/users24/v251" => h;
    GET "/users26/api35/jobs43/keys11" => h;
    GET "/posts27/tags18/feeds14/items31" => h;
    GET "/repos54/:p1/:p2/issues41" => h;
    GET "/orgs22/items38/:p2" => h;
    DELETE "/users52" => h;
    GET "/api42/runs52/v131/posts51" => h;
    PUT "/issues3/:p1/*rest" => h;
    GET "/repos27/pulls50" => h;
    GET "/repos7/jobs45/jobs54/v233" => h;
    GET "/admin42/posts54" => h;
    GET "/jobs15/runs37/stats50/stats22" => h;
    GET "/tags32/teams15/users23" => h;
    PUT "/teams27" => h;
    POST "/v136/users16" => h;
    GET "/stats2/:p1/tags48" => h;
    GET "/pulls43/stats16" => h;
    POST "/feeds24/repos15/v213" => h;
    GET "/v22/admin37/tags14" => h;
    GET "/stats35/blobs48" => h;
    GET "/v132" => h;
    POST "/files36/files13/blobs32/files9" => h;
    GET "/jobs11/:p1/:p2/items20" => h;
    GET "/issues35/posts33" => h;
    GET "/api30" => h;
    PUT "/posts58" => h;
    GET "/keys27/feeds11/tags25" => h;
    GET "/issues16/:p1/admin60/v129" => h;
    GET "/blobs28" => h;
    GET "/feeds49/teams13" => h;
    GET "/blobs59/:p1" => h;
    GET "/users22/items38/keys60/runs41" => h;
    PUT "/stats19/jobs23/runs39/posts19" => h;
    GET "/items33/teams43/orgs52/v116" => h;
    PUT "/posts1/teams34" => h;
    POST "/api57" => h;
    GET "/feeds31/repos10/blobs34/api12" => h;
    GET "/v220" => h;
    GET "/orgs56/:p1" => h;
    DELETE "/feeds4/users2/:p2" => h;
    POST "/issues50/users51/:p2" => h;
    DELETE "/posts58" => h;
    GET "/items17/api35/runs29/users44" => h;
    GET "/posts0" => h;
    DELETE "/pulls13" => h;
    GET "/keys54/v258/api33/blobs41" => h;
    POST "/jobs58/keys36/users30/users12" => h;
    GET "/repos17" => h;
    PUT "/pulls7/issues47/:p2" => h;
    PUT "/blobs58/orgs53" => h;
    PUT "/repos36/blobs57" => h;
    DELETE "/repos7/feeds11/jobs59/tags56" => h;
    POST "/repos38" => h;
    DELETE "/v240/admin7/keys23" => h;
    PUT "/users42/pulls7/api41/posts50" => h;
    PUT "/issues0/v134/teams48" => h;
    GET "/api14/issues33/:p2" => h;
    GET "/v147/:p1/feeds12" => h;
    GET "/teams23/keys11/repos48" => h;
    GET "/keys56/api56" => h;
    GET "/feeds20/api43" => h;
    GET "/stats53" => h;
    GET "/pulls49/files20" => h;
    PUT "/posts10/admin19/files9/jobs8" => h;
    GET "/tags33/orgs30/:p2" => h;
    GET "/files32/repos40/blobs29/jobs20" => h;
    DELETE "/orgs12" => h;
    DELETE "/posts37" => h;
    GET "/admin20/files0" => h;
    GET "/orgs9/teams15" => h;
    GET "/stats32/posts35" => h;
    GET "/orgs10/api34/items58/stats32" => h;
    POST "/orgs35/repos16/v226/:p3" => h;
    POST "/keys58" => h;
    PUT "/pulls3/teams21/blobs57" => h;
    PUT "/repos19/jobs2/items54" => h;
    GET "/admin8/files0/api12" => h;
    GET "/posts21/:p1/posts60/v131" => h;
    DELETE "/issues37/blobs4/:p2/pulls12" => h;
    POST "/admin15/blobs40" => h;
    DELETE "/orgs35/stats34/pulls11" => h;
    DELETE "/tags12" => h;
    DELETE "/users19/orgs50/admin43" => h;
    PUT "/items54/blobs60/:p2/users11" => h;
    DELETE "/items30" => h;
    POST "/keys18" => h;
    GET "/items54/blobs58" => h;
    GET "/posts23/keys51/api31/jobs17" => h;
    DELETE "/tags46" => h;
    DELETE "/stats56/stats20" => h;
    DELETE "/files6" => h;
    GET "/keys4" => h;
    GET "/stats48/feeds44" => h;
    PUT "/issues14/:p1" => h;
    PUT "/pulls47/jobs22" => h;
    DELETE "/items54/orgs52" => h;
    GET "/runs32/blobs46/issues9/tags52" => h;
    DELETE "/feeds37/pulls16" => h;
    GET "/teams2/keys12/v231/tags1" => h;
    GET "/pulls16/users40/teams4" => h;
    GET "/pulls9/issues22" => h;
    GET "/keys37" => h;
    PUT "/runs54" => h;
    PUT "/items34/v129/tags59" => h;
    GET "/v13/issues25/:p2/runs17" => h;
    PUT "/pulls16/pulls19/:p2" => h;
    DELETE "/v222/tags37/jobs8/admin54" => h;
    GET "/teams37" => h;
    GET "/v127/keys2/:p2" => h;
    DELETE "/runs50/feeds10" => h;
    DELETE "/api51/issues55" => h;
    DELETE "/pulls45" => h;
    PUT "/repos48/keys20/orgs14" => h;
    POST "/pulls25" => h;
    GET "/pulls48/v22/api11" => h;
    DELETE "/orgs15/teams3" => h;
    DELETE "/teams9" => h;
    DELETE "/runs1" => h;
    GET "/users31" => h;
    DELETE "/posts20/files52/posts40/posts8" => h;
    DELETE "/repos9/keys43/:p2" => h;
    PUT "/jobs24/orgs19/keys21/api1" => h;
    GET "/tags10/:p1/repos30/:p3" => h;
    GET "/items11" => h;
    PUT "/teams43/:p1/pulls14" => h;
    POST "/jobs37/api9" => h;
    POST "/teams36" => h;
    PUT "/admin1/tags55" => h;
    GET "/feeds47/admin31/admin12/tags28" => h;
    PUT "/runs19/feeds40/keys6" => h;
    GET "/blobs49/repos42" => h;
    DELETE "/posts19/runs43/stats41/posts37" => h;
    DELETE "/stats24/stats29/api29/v154" => h;
    POST "/v246/feeds33" => h;
    DELETE "/items8/posts29/repos31" => h;
    GET "/admin19/:p1/jobs51/feeds46" => h;
    GET "/blobs41" => h;
    PUT "/issues27/keys12/pulls27/:p3" => h;
    DELETE "/v110" => h;
    PUT "/items13/runs12/v153/keys18" => h;
    GET "/runs21/api57" => h;
    GET "/v136/users39/admin50" => h;
    GET "/runs34/users29/admin45/admin39" => h;
    PUT "/issues6/:p1" => h;
    POST "/admin59/:p1" => h;
    GET "/teams51/posts34/*rest" => h;
    GET "/teams31/files1" => h;
    GET "/stats53/*rest" => h;
    POST "/files54/admin38/posts43" => h;
    GET "/v244/:p1" => h;
    DELETE "/blobs53" => h;
    PUT "/v144" => h;
    GET "/users37/users51/v130/posts40" => h;
    DELETE "/posts37/keys26/feeds21" => h;
    GET "/tags26/keys7" => h;
    PUT "/feeds36/v23/:p2/tags52" => h;
    POST "/repos43/admin34/jobs29/:p3" => h;
    GET "/pulls46" => h;
    GET "/api42/stats36" => h;
    GET "/v115/tags49/stats49/v142/*rest" => h;
    GET "/issues19/admin60/orgs54" => h;
    GET "/api60/:p1/:p2/:p3" => h;
    GET "/tags15/users54/runs46" => h;
    GET "/issues57" => h;
    DELETE "/files41" => h;
    PUT "/v21/files51/*rest" => h;
    PUT "/posts22/tags36/runs44" => h;
    GET "/files30" => h;
    GET "/users3" => h;
    PUT "/users26" => h;
    GET "/files48/:p1/posts26/keys44" => h;
    POST "/runs50" => h;
    PUT "/v226/feeds47" => h;
    DELETE "/pulls49/runs47/admin7" => h;
    DELETE "/pulls44/:p1/blobs33/files45" => h;
    GET "/posts56/:p1/runs53/stats22" => h;
    DELETE "/users58/:p1/admin33/keys31" => h;
    GET "/v254" => h;
    PUT "/v124/admin38/items17/teams29" => h;
    GET "/stats0/:p1/posts12" => h;
    GET "/posts45/repos31" => h;
    GET "/tags20/teams28" => h;
    GET "/issues54/runs30" => h;
    GET "/keys15/runs60" => h;
    POST "/api37/repos32/v233" => h;
    GET "/issues8" => h;
    DELETE "/items14/files37" => h;
    GET "/orgs37/pulls21" => h;
    DELETE "/files23/jobs43" => h;
    POST "/api21/runs58/stats50" => h;
    GET "/items28/:p1/posts40/teams11" => h;
    GET "/api25" => h;
    POST "/items22/api55/v29/v112" => h;
    GET "/tags23/posts47/users49/*rest" => h;
    GET "/orgs0/:p1/v239/blobs39" => h;
    DELETE "/orgs56/v158/repos42" => h;
    PUT "/users28/items59/runs9/runs34" => h;
    GET "/api10/posts23/admin18/jobs3" => h;
    PUT "/runs27/*rest" => h;
    PUT "/items21/keys60/:p2" => h;
    GET "/files59/:p1/users7/:p3" => h;
    GET "/v111" => h;
    DELETE "/repos18" => h;
    GET "/runs8/feeds20" => h;
    PUT "/blobs59/:p1/keys27" => h;
    GET "/posts14/:p1" => h;
    GET "/posts2/:p1/api11" => h;
    POST "/api51/stats29/:p2" => h;
    GET "/feeds21/items38" => h;
    POST "/orgs50" => h;
    GET "/admin21/v231/issues33/keys48" => h;
    GET "/tags58/v260/v29" => h;
    GET "/posts16" => h;
    GET "/orgs2/:p1/feeds18" => h;
    POST "/api54/api49/items4" => h;
    POST "/tags5/teams53/posts0/:p3" => h;
    GET "/jobs59/tags28" => h;
    GET "/pulls6/items14/posts52/:p3" => h;
    PUT "/orgs56/api60" => h;
    PUT "/stats10" => h;
    GET "/tags16/:p1" => h;
    PUT "/api52/jobs24/stats26" => h;
    GET "/v136/v221/:p2" => h;
    GET "/posts25/tags45/blobs23/blobs21" => h;
    PUT "/posts33/*rest" => h;
    POST "/runs15" => h;
    GET "/blobs59" => h;
    POST "/users39/v138/admin25/tags26" => h;
    POST "/pulls19/:p1" => h;
    GET "/files54/:p1/stats27" => h;
    POST "/v112/:p1/:p2" => h;
    PUT "/v28/admin4/runs51" => h;
    GET "/stats3/users0/feeds25/pulls33" => h;
    DELETE "/runs0/:p1/:p2/feeds14" => h;
    DELETE "/api44/:p1" => h;
    PUT "/teams22/feeds21/v25" => h;
    GET "/users49/users8" => h;
    POST "/api20" => h;
    GET "/users57/api56/feeds59" => h;
    PUT "/admin29/items9" => h;
    DELETE "/issues26/items25/:p2/:p3" => h;
    POST "/items44/v250" => h;
    GET "/orgs58/:p1/repos45/teams42" => h;
    PUT "/orgs5/items56" => h;
    POST "/orgs28/:p1/runs23" => h;
    DELETE "/keys44/admin26/issues2/blobs12" => h;
    GET "/teams32/files43/items46/v224" => h;
    GET "/admin25" => h;
    POST "/posts24" => h;
    POST "/v123" => h;
    GET "/v241/tags47/feeds0/*rest" => h;
    GET "/blobs37/runs52/:p2/api1" => h;
    POST "/items4/keys34/api48" => h;
    GET "/repos47/users48/jobs14/tags25" => h;
    POST "/orgs22/tags38" => h;
    DELETE "/v229/orgs49/jobs56/items31" => h;
    GET "/jobs23" => h;
    GET "/blobs31/:p1/jobs49" => h;
    GET "/repos41/pulls56/api24/tags6" => h;
    DELETE "/issues15/v251" => h;
    GET "/orgs26/api8" => h;
    PUT "/runs59" => h;
    DELETE "/items37/keys55/api22/runs19" => h;
    GET "/teams10/tags46" => h;
    GET "/v214/*rest" => h;
    GET "/v110" => h;
    GET "/jobs52/tags35" => h;
    GET "/runs45/teams32/teams22" => h;
    GET "/v229" => h;
    DELETE "/feeds54/items28" => h;
    PUT "/orgs10/tags13/orgs41/orgs10" => h;
    GET "/stats14/posts46" => h;
    POST "/users2/:p1/repos49" => h;
    DELETE "/orgs18" => h;
    GET "/runs15/blobs45/v229" => h;
    PUT "/files24/:p1/keys7/teams21" => h;
    PUT "/api41/keys12" => h;
    GET "/v246/:p1/repos35/admin17" => h;
    GET "/blobs24/runs15/runs57/runs6" => h;
    GET "/stats55/users18" => h;
    PUT "/admin24" => h;
    DELETE "/teams14/:p1/users4" => h;
    GET "/repos25/:p1" => h;
    GET "/feeds49" => h;
    GET "/v153/v213" => h;
    GET "/issues3" => h;
    GET "/feeds1/pulls38/v223" => h;
    PUT "/runs7/runs33/issues24/orgs12" => h;
    GET "/v20/files41/repos34/:p3" => h;
    GET "/feeds1/v247/stats23/:p3" => h;
    GET "/issues2/jobs33/v159" => h;
    GET "/posts10/feeds28" => h;
    GET "/items39/v19" => h;
    POST "/blobs56/v253/items57/v149" => h;
    POST "/feeds37/*rest" => h;
    GET "/issues26/feeds57/issues50/orgs51" => h;
    GET "/v28" => h;
    GET "/pulls16/blobs9/teams0/repos26" => h;
    POST "/stats60/keys27/:p2" => h;
    DELETE "/tags1/teams34/files39/stats1" => h;
    GET "/issues23/pulls32" => h;
    DELETE "/blobs7/feeds52/keys1/keys56" => h;
    GET "/issues31/pulls17/:p2/keys42" => h;
    GET "/teams18/v150/:p2/pulls36" => h;
    GET "/tags59/:p1/orgs22" => h;
    GET "/users33" => h;
    GET "/v211/teams34" => h;
    POST "/feeds57/:p1/users55" => h;
    PUT "/v260/jobs33/tags35/tags36" => h;
    DELETE "/feeds35/posts0" => h;
    DELETE "/pulls51/jobs10/admin5/v125" => h;
    GET "/v115/:p1" => h;
    GET "/tags15/v133/admin10" => h;
    PUT "/posts17/orgs49/stats24" => h;
    PUT "/admin21/pulls21/admin45/users15" => h;
    GET "/users32/teams58/v238/:p3" => h;
    GET "/repos5/:p1/items17" => h;
    PUT "/orgs38/items24/feeds15/:p3" => h;
    GET "/posts60/keys24/teams37/api10" => h;
    DELETE "/tags3" => h;
    DELETE "/jobs60/issues33" => h;
    GET "/posts59" => h;
    POST "/orgs21/blobs20/:p2/api14" => h;
    DELETE "/users22/api21/teams16/jobs44" => h;
    GET "/files15/orgs39" => h;
    GET "/stats34/users5" => h;
    GET "/admin4/:p1" => h;
    GET "/jobs49/jobs17/api10" => h;
    GET "/v214/repos37/keys46" => h;
    GET "/jobs41" => h;
    DELETE "/blobs60/runs39/posts32" => h;
    POST "/blobs48/users5/issues25" => h;
    GET "/posts41" => h;
    GET "/files8/posts51/orgs20/posts18" => h;
    DELETE "/api48/v120/v25" => h;
    GET "/teams0/api24/items46/jobs10" => h;
    POST "/keys54/api32" => h;
    PUT "/v112/admin52/users16/*rest" => h;
    PUT "/posts50/items49/api44/admin9" => h;
    PUT "/users18/feeds18/v126" => h;
    DELETE "/orgs15/admin11" => h;
    GET "/v111/admin10/issues58" => h;
    GET "/runs24" => h;
    GET "/runs5/runs26/stats36" => h;
    GET "/jobs53" => h;
    GET "/api52/admin25/feeds21" => h;
    GET "/repos41/:p1/repos6" => h;
    GET "/posts49/admin9/users50/:p3" => h;
    GET "/admin20/feeds34/issues50/jobs20" => h;
    POST "/orgs22/api38" => h;
    DELETE "/items7/tags21" => h;
    GET "/jobs30/files51/:p2/stats17" => h;
    GET "/blobs19/pulls56" => h;
    GET "/tags40/feeds11/orgs3/jobs51" => h;
    POST "/stats36" => h;
    GET "/stats23" => h;
    POST "/teams49/users40/v143" => h;
    GET "/jobs34" => h;
    GET "/tags50" => h;
    PUT "/users53/api26" => h;
    DELETE "/posts9" => h;
    POST "/admin40/pulls35" => h;
    DELETE "/blobs21" => h;
    GET "/blobs14/:p1/:p2/keys56" => h;
    PUT "/items34/blobs4" => h;
    GET "/orgs25/jobs36" => h;
}

/// Every declared route in order: (method, a concrete path that reaches it).
const ROUTES: [(&str, &str); 2000] = [
    ("PUT", "/items25/orgs52/feeds37"),
    ("POST", "/posts5/orgs15"),
    ("DELETE", "/jobs7"),
    ("GET", "/jobs37"),
    ("POST", "/keys54"),
    ("GET", "/keys7/keys52"),
    ("GET", "/feeds6/orgs36"),
    ("GET", "/keys27/repos37/feeds19/files44"),
    ("GET", "/pulls31/repos18/orgs7"),
    ("GET", "/items59/posts42/xp2"),
    ("GET", "/feeds38/repos4/v130"),
    ("DELETE", "/v241"),
    ("GET", "/v245/feeds1/feeds10/issues3"),
    ("POST", "/api25/issues5"),
    ("GET", "/items52/keys17/feeds43"),
    ("GET", "/orgs11/xp1"),
    ("PUT", "/jobs11/users9/feeds39/items44"),
    ("DELETE", "/repos57"),
    ("PUT", "/tags25/issues40/admin4/repos10"),
    ("PUT", "/teams0"),
    ("GET", "/feeds39/a/b/c/d/e/f"),
    ("GET", "/items40/feeds38/teams7/repos30"),
    ("GET", "/teams47/v130"),
    ("GET", "/admin60"),
    ("DELETE", "/keys58/xp1"),
    ("GET", "/v133"),
    ("GET", "/api34/pulls21/runs51"),
    ("DELETE", "/tags47/admin33"),
    ("GET", "/users50"),
    ("GET", "/runs22/feeds23"),
    ("PUT", "/issues12/issues39"),
    ("DELETE", "/issues58"),
    ("DELETE", "/teams58"),
    ("GET", "/issues56/xp1"),
    ("GET", "/tags29"),
    ("POST", "/files8/xp1"),
    ("GET", "/runs52/issues42"),
    ("GET", "/users0/teams33"),
    ("GET", "/admin52/users16/pulls15/stats16"),
    ("PUT", "/feeds57"),
    ("GET", "/pulls8/pulls32/xp2/files38/a/b/c/d/e/f"),
    ("DELETE", "/items30/teams35"),
    ("GET", "/teams56/api12/teams32/users48"),
    ("DELETE", "/stats39/runs32/v128/issues32"),
    ("DELETE", "/keys57/repos8/tags28"),
    ("GET", "/blobs4/v250"),
    ("GET", "/items16/repos14/teams25"),
    ("GET", "/files45/pulls25"),
    ("GET", "/stats5/users21/repos45/a/b/c/d/e/f"),
    ("GET", "/pulls4/xp1/api56"),
    ("DELETE", "/posts57/v148/xp2"),
    ("DELETE", "/tags9/pulls36/stats5"),
    ("DELETE", "/blobs57/xp1"),
    ("GET", "/v15"),
    ("GET", "/v155"),
    ("GET", "/keys26/v139/xp2"),
    ("GET", "/files16"),
    ("GET", "/v233/v228/files17"),
    ("POST", "/posts0/xp1/admin32"),
    ("POST", "/blobs42"),
    ("GET", "/admin14/items25/posts53"),
    ("GET", "/blobs10/xp1/tags55"),
    ("GET", "/v22/files17"),
    ("POST", "/stats35/posts56/feeds11/a/b/c/d/e/f"),
    ("GET", "/issues17"),
    ("GET", "/pulls49/xp1"),
    ("GET", "/tags37/xp1/a/b/c/d/e/f"),
    ("PUT", "/orgs37/items42"),
    ("DELETE", "/stats46/items18/items2/pulls40"),
    ("DELETE", "/pulls48/users52"),
    ("GET", "/orgs1/xp1"),
    ("POST", "/repos35/xp1/xp2/api31"),
    ("DELETE", "/pulls57"),
    ("GET", "/issues16"),
    ("GET", "/admin14/repos31"),
    ("DELETE", "/v249/xp1/admin4/stats16"),
    ("GET", "/runs36/xp1/issues17"),
    ("GET", "/issues18/v229"),
    ("PUT", "/v25/users18"),
    ("DELETE", "/v124/admin4/items47/feeds8"),
    ("POST", "/teams45/issues57/tags1"),
    ("POST", "/tags19/blobs22/teams53/stats48"),
    ("DELETE", "/admin45/a/b/c/d/e/f"),
    ("POST", "/v123/xp1/jobs4"),
    ("GET", "/posts17/xp1/v240"),
    ("POST", "/blobs32/feeds50/users51"),
    ("GET", "/orgs3/blobs28"),
    ("GET", "/issues3/keys8/xp2"),
    ("POST", "/v147/v125/v230"),
    ("GET", "/files41"),
    ("GET", "/keys14/stats48/items35/orgs11"),
    ("PUT", "/api23/jobs12/blobs24"),
    ("GET", "/tags17/posts31"),
    ("GET", "/pulls33/admin5"),
    ("POST", "/tags41/v254/users8/xp3"),
    ("DELETE", "/users4/pulls54/repos15/api9"),
    ("GET", "/repos5"),
    ("GET", "/items14"),
    ("PUT", "/items40/blobs44/teams4"),
    ("GET", "/tags16/runs0/a/b/c/d/e/f"),
    ("DELETE", "/v120/api30/keys15/xp3"),
    ("POST", "/posts1/blobs5/blobs59"),
    ("DELETE", "/stats45"),
    ("GET", "/admin0/pulls4/admin19/admin14"),
    ("GET", "/teams60/runs11/issues26"),
    ("DELETE", "/tags3/runs9"),
    ("DELETE", "/files25"),
    ("GET", "/teams5/stats12/pulls47"),
    ("GET", "/feeds21/teams0/xp2/xp3"),
    ("GET", "/tags22/v252"),
    ("POST", "/issues12"),
    ("GET", "/stats23/issues1"),
    ("PUT", "/posts24/xp1/xp2/v112"),
    ("GET", "/feeds17/runs2/stats59"),
    ("POST", "/users52"),
    ("GET", "/tags50/blobs52/issues11/xp3"),
    ("PUT", "/runs15/stats29"),
    ("GET", "/pulls12"),
    ("GET", "/blobs4/issues35"),
    ("POST", "/teams4/orgs13/xp2/repos11"),
    ("GET", "/runs57/keys54/teams49/v217"),
    ("GET", "/v112/files15/v256"),
    ("GET", "/orgs25/api32/teams41"),
    ("GET", "/users30"),
    ("GET", "/feeds2/api7/xp2/jobs12"),
    ("DELETE", "/repos38/users6"),
    ("DELETE", "/admin2/items2/v12"),
    ("GET", "/users52/feeds11"),
    ("POST", "/posts50/issues4"),
    ("GET", "/keys5/tags44"),
    ("GET", "/blobs3/jobs56/blobs1"),
    ("POST", "/tags46/users27"),
    ("GET", "/orgs25"),
    ("GET", "/files8/xp1/tags5/feeds47"),
    ("GET", "/v210/orgs6/admin19"),
    ("GET", "/stats3/tags5/runs44/files40"),
    ("GET", "/runs54/issues11/posts25/files24"),
    ("GET", "/admin2/posts42"),
    ("GET", "/runs29/v241/jobs15/feeds28"),
    ("POST", "/users39"),
    ("POST", "/repos48/repos53"),
    ("DELETE", "/teams4/xp1/orgs51/pulls42/a/b/c/d/e/f"),
    ("PUT", "/orgs59/pulls5"),
    ("GET", "/items1/runs46/teams12/xp3"),
    ("GET", "/api4/runs48"),
    ("GET", "/repos9/issues13/runs32"),
    ("DELETE", "/admin11"),
    ("POST", "/stats57/v17/posts40"),
    ("POST", "/v134"),
    ("PUT", "/v124/jobs9/orgs28"),
    ("GET", "/v252"),
    ("POST", "/users47/xp1/xp2"),
    ("GET", "/pulls23/items31/posts1/xp3"),
    ("POST", "/pulls22"),
    ("GET", "/jobs8/runs53/items0"),
    ("DELETE", "/repos6/xp1"),
    ("DELETE", "/tags51/users3/keys57"),
    ("GET", "/runs59/issues15/xp2/xp3"),
    ("PUT", "/files15/xp1/teams0/admin9"),
    ("POST", "/runs11/orgs19/issues45/tags54"),
    ("GET", "/repos11"),
    ("DELETE", "/api41/xp1/v145"),
    ("GET", "/pulls16/admin5/users10/api53"),
    ("PUT", "/admin56/runs15/keys30"),
    ("GET", "/users27"),
    ("GET", "/admin25/orgs36/items2/a/b/c/d/e/f"),
    ("DELETE", "/feeds9/users2"),
    ("PUT", "/orgs47/a/b/c/d/e/f"),
    ("GET", "/admin52/keys57/tags6"),
    ("DELETE", "/posts2"),
    ("GET", "/v230"),
    ("GET", "/v220/v11"),
    ("PUT", "/feeds58"),
    ("DELETE", "/v239/blobs1/teams22/posts34"),
    ("POST", "/jobs52"),
    ("DELETE", "/feeds31"),
    ("GET", "/issues37/pulls16"),
    ("GET", "/admin60/issues10/xp2"),
    ("GET", "/keys50/xp1/teams25/orgs27"),
    ("DELETE", "/admin19/keys32/xp2"),
    ("PUT", "/repos8/runs41/a/b/c/d/e/f"),
    ("DELETE", "/pulls9/repos42/stats10"),
    ("GET", "/jobs14/xp1/api32"),
    ("GET", "/items15/runs33"),
    ("GET", "/admin16/teams10/teams12"),
    ("POST", "/v227/teams40/v113"),
    ("POST", "/users25"),
    ("DELETE", "/pulls40/users9"),
    ("GET", "/users47/blobs44/blobs54/jobs54"),
    ("DELETE", "/repos27"),
    ("DELETE", "/blobs15"),
    ("POST", "/v154/repos1"),
    ("GET", "/stats49/xp1"),
    ("DELETE", "/v134"),
    ("PUT", "/pulls22/xp1"),
    ("GET", "/issues32/xp1"),
    ("DELETE", "/blobs47/admin43/pulls48"),
    ("POST", "/posts16/tags3/xp2"),
    ("GET", "/jobs16/xp1/tags60"),
    ("DELETE", "/repos13/xp1/orgs51/admin30"),
    ("PUT", "/items22/blobs29"),
    ("DELETE", "/issues22/api17"),
    ("GET", "/blobs43/users51/v122"),
    ("POST", "/issues31/orgs42/items59"),
    ("GET", "/orgs52"),
    ("GET", "/pulls53/jobs0"),
    ("PUT", "/v216"),
    ("POST", "/api11/feeds50"),
    ("PUT", "/runs57/orgs42"),
    ("PUT", "/admin31/pulls5/repos42"),
    ("GET", "/v126"),
    ("DELETE", "/issues35/xp1/items44/issues10"),
    ("DELETE", "/files53"),
    ("DELETE", "/v253/blobs26/orgs11/users1"),
    ("GET", "/teams32/items2/blobs40"),
    ("GET", "/stats30/keys49/v227"),
    ("POST", "/v218"),
    ("DELETE", "/stats32/pulls22/issues50/xp3"),
    ("POST", "/items37/orgs50/tags46"),
    ("GET", "/tags19"),
    ("PUT", "/issues38/posts50"),
    ("GET", "/runs9/runs56/admin2/repos40"),
    ("GET", "/posts26/users23"),
    ("DELETE", "/keys45/v211/stats1"),
    ("GET", "/issues36"),
    ("GET", "/jobs44/repos4/xp2/jobs60"),
    ("GET", "/blobs35/xp1/admin57/xp3/a/b/c/d/e/f"),
    ("GET", "/teams54"),
    ("DELETE", "/issues1/jobs15"),
    ("GET", "/posts23/items46"),
    ("DELETE", "/repos42/v158/posts0/xp3"),
    ("PUT", "/tags19"),
    ("PUT", "/issues38/xp1"),
    ("POST", "/issues43/xp1/teams23/files40"),
    ("DELETE", "/repos60/jobs21/posts39/runs21"),
    ("PUT", "/items38"),
    ("POST", "/api24/tags38/api51/users20"),
    ("PUT", "/jobs58/posts18"),
    ("POST", "/v154/keys43"),
    ("DELETE", "/keys5/issues51/api19"),
    ("GET", "/repos45/v137/tags29/keys51"),
    ("GET", "/tags37/v156"),
    ("GET", "/pulls37/admin12/xp2/v223"),
    ("DELETE", "/pulls54/xp1/xp2/feeds55"),
    ("PUT", "/orgs9/users22/runs1/xp3"),
    ("GET", "/jobs36/v127/xp2/jobs52"),
    ("PUT", "/posts21/files24/xp2"),
    ("GET", "/repos31/orgs55/tags59"),
    ("GET", "/stats36/orgs58/tags11"),
    ("GET", "/api46/posts60/feeds3"),
    ("DELETE", "/v150"),
    ("DELETE", "/posts6/xp1/admin43/jobs37"),
    ("POST", "/issues20"),
    ("POST", "/feeds30"),
    ("GET", "/items58/users29"),
    ("GET", "/files59"),
    ("GET", "/items49/teams59/users40"),
    ("GET", "/api30/xp1/stats14"),
    ("GET", "/keys56/xp1/v126/items1"),
    ("GET", "/files16/stats29/teams9"),
    ("GET", "/keys30/teams16"),
    ("GET", "/v115/teams24/files3/v29"),
    ("GET", "/pulls21/repos0/pulls18/blobs2"),
    ("PUT", "/jobs11/xp1/api45"),
    ("POST", "/orgs56"),
    ("GET", "/files13/xp1/admin37"),
    ("GET", "/pulls26"),
    ("POST", "/stats18/issues5/xp2"),
    ("GET", "/v115/feeds2"),
    ("PUT", "/feeds33"),
    ("GET", "/teams22"),
    ("PUT", "/jobs48/v255/xp2/repos32/a/b/c/d/e/f"),
    ("GET", "/users15/api39"),
    ("GET", "/v135/users1/xp2"),
    ("GET", "/users53/jobs29/repos6"),
    ("PUT", "/posts17/xp1"),
    ("GET", "/teams7/xp1/keys37"),
    ("DELETE", "/jobs29/files60"),
    ("DELETE", "/blobs38/pulls2/posts49/tags15"),
    ("GET", "/jobs51/stats52/keys3/items43"),
    ("POST", "/users23/xp1/stats27/users14"),
    ("GET", "/posts51/posts2/runs17/runs17"),
    ("POST", "/v17"),
    ("GET", "/posts18/xp1"),
    ("PUT", "/posts38"),
    ("GET", "/orgs29/items28/xp2"),
    ("PUT", "/jobs18/orgs47/repos39/api41"),
    ("GET", "/repos57/runs30/v21"),
    ("GET", "/pulls34/jobs25/a/b/c/d/e/f"),
    ("GET", "/api20/issues17"),
    ("DELETE", "/posts49/xp1/runs55"),
    ("GET", "/pulls24"),
    ("DELETE", "/pulls14"),
    ("PUT", "/blobs21/items43"),
    ("GET", "/pulls6/issues17/items26"),
    ("GET", "/keys37/xp1/jobs9/v155"),
    ("POST", "/repos44/feeds18/pulls35/stats0"),
    ("GET", "/repos19/v251/xp2/jobs14"),
    ("PUT", "/runs53/stats13/users1/a/b/c/d/e/f"),
    ("GET", "/v258/v234/blobs33/blobs24"),
    ("POST", "/repos60/xp1/xp2"),
    ("PUT", "/pulls25/jobs9/blobs31"),
    ("GET", "/pulls47/files23/orgs52"),
    ("PUT", "/v244"),
    ("PUT", "/files33/pulls13/admin26/jobs38"),
    ("GET", "/blobs0"),
    ("PUT", "/v225"),
    ("PUT", "/users12"),
    ("PUT", "/keys32/jobs12/teams9"),
    ("PUT", "/users6"),
    ("GET", "/repos39/posts41/xp2/stats9"),
    ("POST", "/files2/teams54/jobs4"),
    ("GET", "/users3/tags37/posts28/xp3"),
    ("GET", "/users57/repos19/v156"),
    ("DELETE", "/tags43/api26"),
    ("PUT", "/users50/orgs11/xp2/users56"),
    ("GET", "/teams21/tags21/orgs7"),
    ("GET", "/tags12/feeds15"),
    ("DELETE", "/stats51"),
    ("GET", "/orgs12/items35"),
    ("PUT", "/feeds22/tags24"),
    ("DELETE", "/v260/admin14"),
    ("POST", "/v138/jobs23"),
    ("GET", "/items55/pulls5"),
    ("GET", "/users42/items19/xp2/files49"),
    ("GET", "/teams4/feeds51"),
    ("DELETE", "/orgs45/api18"),
    ("DELETE", "/v222/repos49/items59/users23"),
    ("GET", "/blobs1/repos15/tags22"),
    ("DELETE", "/v27/runs46"),
    ("POST", "/tags2"),
    ("DELETE", "/v29/posts35"),
    ("POST", "/jobs53/issues45"),
    ("PUT", "/users7/v257/xp2"),
    ("GET", "/api43"),
    ("DELETE", "/feeds47/blobs44"),
    ("POST", "/v133/xp1"),
    ("GET", "/stats44/repos32/xp2/blobs43"),
    ("GET", "/admin2/keys16/xp2/xp3"),
    ("GET", "/api3/xp1/orgs12"),
    ("POST", "/issues42/api0"),
    ("GET", "/feeds44/items37"),
    ("GET", "/keys27"),
    ("DELETE", "/runs29/tags53"),
    ("GET", "/users23/posts3/v212"),
    ("POST", "/teams10/repos36/files35/xp3/a/b/c/d/e/f"),
    ("GET", "/stats47"),
    ("DELETE", "/blobs31/keys20/xp2/v240"),
    ("GET", "/api5/xp1/xp2"),
    ("GET", "/feeds11/pulls54/files6"),
    ("GET", "/tags11/feeds20/items35"),
    ("DELETE", "/posts2/xp1"),
    ("GET", "/posts60/blobs31/v238/orgs9"),
    ("POST", "/repos40/orgs2"),
    ("PUT", "/admin46/posts53"),
    ("DELETE", "/items18/xp1/xp2/stats4"),
    ("GET", "/files24/repos51"),
    ("PUT", "/issues5/pulls29"),
    ("PUT", "/tags38/posts46"),
    ("PUT", "/jobs36/feeds30/items19"),
    ("POST", "/admin14"),
    ("PUT", "/items42"),
    ("GET", "/feeds33/repos25/api11/admin35"),
    ("PUT", "/teams12/v145/keys29"),
    ("GET", "/pulls58"),
    ("DELETE", "/orgs51/pulls35/teams40/pulls6"),
    ("GET", "/keys10/admin36/orgs8/runs3"),
    ("GET", "/posts0/admin29/items27"),
    ("GET", "/jobs7/feeds10"),
    ("PUT", "/v17"),
    ("GET", "/issues2/feeds6/stats51"),
    ("PUT", "/v122/repos1"),
    ("GET", "/teams50/xp1/xp2/files9"),
    ("POST", "/items37/keys44/v160/users21"),
    ("POST", "/posts51/orgs11/runs25/files44"),
    ("GET", "/runs33/xp1"),
    ("POST", "/items37/admin10/repos21"),
    ("PUT", "/stats0/issues21/api29"),
    ("GET", "/items46"),
    ("GET", "/v14/v122/pulls37/posts58"),
    ("GET", "/blobs40/teams23"),
    ("DELETE", "/orgs19/stats47"),
    ("GET", "/feeds55/tags21"),
    ("GET", "/issues32/api51/feeds9"),
    ("GET", "/tags28/v259/xp2/xp3"),
    ("GET", "/jobs35/stats4/jobs59"),
    ("GET", "/jobs22/feeds49/orgs53"),
    ("DELETE", "/v134/xp1/xp2"),
    ("GET", "/admin3"),
    ("GET", "/pulls41/xp1/posts8"),
    ("GET", "/jobs21"),
    ("GET", "/v134/users40"),
    ("PUT", "/stats20/users41"),
    ("PUT", "/files3/posts5/stats49"),
    ("DELETE", "/v160/users1/jobs41/posts26"),
    ("GET", "/files5/xp1/pulls49"),
    ("DELETE", "/blobs22/jobs55/runs36"),
    ("GET", "/issues48/xp1/keys45"),
    ("DELETE", "/pulls33/items16/xp2"),
    ("GET", "/items40/orgs59/xp2"),
    ("GET", "/keys49/runs23"),
    ("POST", "/pulls1/api28"),
    ("GET", "/feeds57/repos13"),
    ("POST", "/users4"),
    ("GET", "/posts14/blobs58/api1"),
    ("GET", "/api14/stats48/v119/issues13"),
    ("GET", "/v148/xp1/orgs21/xp3"),
    ("GET", "/stats43/repos13"),
    ("GET", "/posts49/repos11/items59"),
    ("GET", "/items58/a/b/c/d/e/f"),
    ("GET", "/pulls47/files29"),
    ("PUT", "/stats41/tags56/posts37/users2"),
    ("GET", "/jobs27/users3"),
    ("GET", "/teams7"),
    ("GET", "/users11/keys9/keys32/pulls22"),
    ("GET", "/admin54/api46/xp2"),
    ("GET", "/v14/admin32/xp2"),
    ("DELETE", "/users20/repos34/stats44"),
    ("POST", "/tags27/blobs24/tags48"),
    ("POST", "/users15/v144"),
    ("GET", "/admin42/xp1"),
    ("DELETE", "/tags44"),
    ("DELETE", "/keys42/jobs0/issues32/keys24"),
    ("PUT", "/feeds45/xp1/v139/stats4"),
    ("PUT", "/runs48/issues54"),
    ("DELETE", "/jobs14/orgs59/feeds33/files52"),
    ("DELETE", "/items52/files40"),
    ("POST", "/stats24"),
    ("POST", "/blobs9"),
    ("PUT", "/feeds22"),
    ("DELETE", "/repos42/xp1/repos44"),
    ("GET", "/files48/users43/xp2/api39"),
    ("GET", "/v11/users36/jobs11/keys17"),
    ("GET", "/v153/pulls40"),
    ("GET", "/items27/v239"),
    ("PUT", "/tags23/xp1/blobs27/v122"),
    ("GET", "/runs12/jobs23"),
    ("GET", "/orgs5/tags25/issues59"),
    ("POST", "/jobs36"),
    ("GET", "/blobs30/xp1/xp2/items32"),
    ("POST", "/admin25/v235"),
    ("PUT", "/teams5/orgs36/teams31/xp3"),
    ("GET", "/posts52/stats30/keys44/jobs8"),
    ("GET", "/stats21/users11"),
    ("GET", "/orgs20/v235/blobs43"),
    ("GET", "/tags51/keys16"),
    ("POST", "/admin34"),
    ("PUT", "/jobs9/stats12/keys42/xp3"),
    ("GET", "/blobs60"),
    ("GET", "/v114"),
    ("DELETE", "/admin51/runs29"),
    ("PUT", "/admin56/files27/teams3/xp3"),
    ("GET", "/files0/keys47/issues14/v251"),
    ("GET", "/admin33/xp1"),
    ("GET", "/blobs14"),
    ("GET", "/blobs9/items2/xp2/api55"),
    ("DELETE", "/v258/keys53"),
    ("DELETE", "/tags2/items41"),
    ("GET", "/admin29"),
    ("GET", "/stats43/posts53/admin41/pulls4"),
    ("GET", "/issues56"),
    ("GET", "/issues17/runs37"),
    ("GET", "/items30/api37"),
    ("GET", "/users22"),
    ("GET", "/posts11/repos30/feeds11"),
    ("PUT", "/keys29"),
    ("GET", "/files38"),
    ("POST", "/posts32"),
    ("DELETE", "/blobs36/orgs23"),
    ("DELETE", "/feeds10/orgs21/a/b/c/d/e/f"),
    ("GET", "/v29/teams56/items31/keys7"),
    ("GET", "/jobs34/xp1"),
    ("GET", "/tags35/items58/keys32"),
    ("DELETE", "/teams60"),
    ("GET", "/api5/items53"),
    ("PUT", "/tags39/v236/orgs42/api15"),
    ("GET", "/api4"),
    ("GET", "/admin39"),
    ("POST", "/stats5/repos37/users20"),
    ("GET", "/posts5/items46/files9/items13"),
    ("PUT", "/orgs0/issues2/stats58"),
    ("GET", "/admin55"),
    ("DELETE", "/orgs41/feeds37/xp2/issues8"),
    ("PUT", "/posts47/jobs10/pulls19"),
    ("GET", "/orgs50"),
    ("PUT", "/api12/keys15"),
    ("DELETE", "/tags42"),
    ("POST", "/tags25/api41/stats42"),
    ("POST", "/users19/users60/xp2"),
    ("GET", "/runs19/stats34/feeds25/runs2"),
    ("DELETE", "/files44/blobs42/api7"),
    ("POST", "/tags52"),
    ("POST", "/stats9/api22/runs56"),
    ("GET", "/issues20/pulls50/admin54"),
    ("GET", "/pulls0/xp1/xp2/repos36"),
    ("PUT", "/teams35/pulls42/v142"),
    ("DELETE", "/repos17/feeds19/tags60"),
    ("GET", "/issues31"),
    ("GET", "/teams35"),
    ("GET", "/runs47/stats30"),
    ("GET", "/admin37/pulls2"),
    ("DELETE", "/api18/users26/blobs41"),
    ("GET", "/issues45/v120/xp2/posts50"),
    ("GET", "/pulls51/files19"),
    ("POST", "/posts37/tags49/files17"),
    ("GET", "/runs20/tags6"),
    ("POST", "/stats24/issues17/xp2/runs28"),
    ("POST", "/stats2/xp1"),
    ("DELETE", "/orgs17/tags33/teams16/users2"),
    ("DELETE", "/feeds38/v115/keys6"),
    ("GET", "/teams59/files46/teams49/stats25"),
    ("DELETE", "/files45/keys47/v28"),
    ("PUT", "/blobs4"),
    ("DELETE", "/jobs27/jobs46"),
    ("GET", "/items14/api32"),
    ("DELETE", "/tags56"),
    ("DELETE", "/runs57/orgs49/pulls17/api19"),
    ("GET", "/feeds1"),
    ("DELETE", "/stats13/a/b/c/d/e/f"),
    ("GET", "/repos17/repos37"),
    ("POST", "/keys52"),
    ("GET", "/v240/stats33"),
    ("GET", "/v253/jobs34"),
    ("DELETE", "/users51/blobs23"),
    ("GET", "/orgs37/xp1/jobs26"),
    ("DELETE", "/keys21/v14/jobs8"),
    ("GET", "/admin21/teams25/xp2/orgs47"),
    ("GET", "/admin50/admin49/keys48/v247"),
    ("GET", "/orgs22"),
    ("DELETE", "/keys22/jobs40/feeds19"),
    ("GET", "/feeds26/repos49"),
    ("GET", "/feeds49/issues5"),
    ("GET", "/items54/xp1/pulls24/v142/a/b/c/d/e/f"),
    ("GET", "/pulls27/tags10/blobs8"),
    ("GET", "/jobs34/users52"),
    ("POST", "/posts13/keys58/xp2/runs35"),
    ("GET", "/users15/feeds24"),
    ("DELETE", "/admin28/jobs58"),
    ("DELETE", "/orgs36/posts55/tags41/api45"),
    ("DELETE", "/runs9/xp1/tags4/api0"),
    ("GET", "/posts15/xp1"),
    ("GET", "/repos3"),
    ("POST", "/keys40"),
    ("PUT", "/posts9/issues48/teams11"),
    ("POST", "/runs32/pulls50"),
    ("DELETE", "/orgs54/a/b/c/d/e/f"),
    ("PUT", "/pulls35"),
    ("GET", "/posts42"),
    ("DELETE", "/tags42/xp1/users11/repos13"),
    ("DELETE", "/blobs7/orgs34"),
    ("GET", "/orgs46"),
    ("GET", "/feeds17"),
    ("GET", "/issues38/stats49"),
    ("PUT", "/posts7"),
    ("DELETE", "/pulls24/blobs59"),
    ("DELETE", "/orgs58/xp1"),
    ("GET", "/items54"),
    ("GET", "/runs60/v145"),
    ("DELETE", "/users20/files28/xp2"),
    ("GET", "/runs53/stats17/users26/stats14"),
    ("GET", "/users49/api56/orgs34"),
    ("GET", "/blobs40/orgs34/xp2"),
    ("POST", "/keys15"),
    ("GET", "/admin13"),
    ("GET", "/blobs45/xp1/runs28"),
    ("DELETE", "/tags15/users5/admin41"),
    ("GET", "/orgs38/xp1"),
    ("GET", "/orgs34/a/b/c/d/e/f"),
    ("POST", "/items35"),
    ("GET", "/repos11/v119/files28"),
    ("PUT", "/stats20/users24/api6/feeds42"),
    ("GET", "/admin4"),
    ("GET", "/v111/xp1/posts24"),
    ("GET", "/posts4/v154"),
    ("PUT", "/keys46/xp1/v123"),
    ("GET", "/api58"),
    ("GET", "/users14/api48/feeds15/issues16"),
    ("GET", "/tags53"),
    ("GET", "/issues28"),
    ("GET", "/keys45/tags7/files58/repos3"),
    ("POST", "/feeds28/stats35/xp2"),
    ("POST", "/jobs39/tags7"),
    ("GET", "/api33"),
    ("DELETE", "/teams5/repos59"),
    ("DELETE", "/orgs51/stats6"),
    ("PUT", "/orgs7/issues30/pulls0"),
    ("PUT", "/issues43"),
    ("GET", "/issues42/feeds9"),
    ("GET", "/feeds42"),
    ("GET", "/users38/orgs28"),
    ("GET", "/repos8/v247/admin60"),
    ("PUT", "/users23/api4"),
    ("POST", "/admin39/admin53/v250/api48"),
    ("GET", "/stats26/users36"),
    ("PUT", "/users9/v138"),
    ("PUT", "/items16/teams17/items58/xp3"),
    ("PUT", "/posts10/files5/repos50"),
    ("GET", "/items47/blobs6"),
    ("GET", "/v24"),
    ("DELETE", "/blobs4/v251"),
    ("PUT", "/repos15"),
    ("DELETE", "/pulls35/orgs37/jobs24"),
    ("PUT", "/api26/pulls16/orgs44"),
    ("GET", "/admin43/users28/files29/api27"),
    ("DELETE", "/tags8/api23/feeds24/feeds8"),
    ("POST", "/v17/xp1"),
    ("DELETE", "/orgs30/stats36/feeds45/stats11"),
    ("GET", "/keys41/api45/admin23"),
    ("GET", "/files52/xp1/jobs2"),
    ("GET", "/keys17/xp1/files5/users11"),
    ("GET", "/users1/xp1"),
    ("GET", "/issues21/xp1"),
    ("PUT", "/issues55/posts59/xp2/xp3"),
    ("DELETE", "/v18"),
    ("GET", "/stats32/admin38/keys51"),
    ("DELETE", "/tags18/api19/issues6/xp3"),
    ("GET", "/repos50/runs5/issues36/users12"),
    ("POST", "/pulls34/posts1/users14/admin40"),
    ("GET", "/files13/v18"),
    ("GET", "/stats52/v225/v23/stats5"),
    ("GET", "/items11/api29/a/b/c/d/e/f"),
    ("GET", "/pulls45"),
    ("DELETE", "/pulls19/teams42/xp2/issues4"),
    ("PUT", "/repos20/blobs49"),
    ("PUT", "/stats39/xp1/orgs40/items2"),
    ("DELETE", "/orgs29/posts19"),
    ("GET", "/blobs33/xp1/teams45"),
    ("GET", "/v258"),
    ("PUT", "/orgs20"),
    ("PUT", "/files15/xp1/blobs45/teams57"),
    ("DELETE", "/orgs16"),
    ("POST", "/issues14/runs51/repos25/items47"),
    ("GET", "/pulls21"),
    ("GET", "/pulls30/items54/stats11"),
    ("GET", "/blobs3/api36"),
    ("GET", "/posts60"),
    ("GET", "/v160/feeds39/tags18"),
    ("PUT", "/blobs48"),
    ("PUT", "/posts56/items52"),
    ("GET", "/tags27/items15/stats42"),
    ("PUT", "/stats56/keys41"),
    ("GET", "/stats30/admin46/api4/xp3"),
    ("GET", "/api23"),
    ("GET", "/posts12/tags19/tags19/jobs30"),
    ("POST", "/feeds36/runs37/pulls4"),
    ("PUT", "/api13"),
    ("POST", "/teams41/posts29/blobs1"),
    ("PUT", "/files33"),
    ("DELETE", "/teams14/runs51/xp2"),
    ("POST", "/files24/orgs59/stats19/pulls46"),
    ("PUT", "/files1/keys56"),
    ("DELETE", "/posts59/xp1/pulls54"),
    ("DELETE", "/pulls29/keys13"),
    ("GET", "/users27/xp1/runs17/admin32"),
    ("DELETE", "/users51"),
    ("PUT", "/api34/pulls52"),
    ("PUT", "/admin37/teams47"),
    ("GET", "/v153/pulls3"),
    ("PUT", "/orgs55/xp1/blobs9/files40"),
    ("PUT", "/blobs49/admin14/xp2"),
    ("GET", "/v219/xp1/orgs9/stats7"),
    ("PUT", "/issues53/jobs31/v130/issues37"),
    ("GET", "/api4/tags4"),
    ("DELETE", "/stats22/tags41/xp2/jobs35/a/b/c/d/e/f"),
    ("DELETE", "/feeds32/tags60/v210/users60"),
    ("DELETE", "/tags50/jobs43/files35"),
    ("GET", "/v27/xp1"),
    ("GET", "/issues28/feeds33/feeds35"),
    ("DELETE", "/teams21/runs38/v11/tags4"),
    ("POST", "/v157"),
    ("DELETE", "/tags1/xp1"),
    ("DELETE", "/items19/posts27"),
    ("GET", "/items35"),
    ("POST", "/blobs53/issues54"),
    ("GET", "/orgs3"),
    ("GET", "/stats45"),
    ("GET", "/repos10"),
    ("POST", "/admin23/xp1/stats25"),
    ("GET", "/issues1/files10"),
    ("GET", "/posts28/posts50/jobs0"),
    ("DELETE", "/tags32/posts58/pulls9"),
    ("POST", "/files44/pulls51/pulls60/xp3"),
    ("PUT", "/jobs24/blobs21"),
    ("DELETE", "/stats57/v157"),
    ("DELETE", "/jobs44"),
    ("GET", "/runs21/xp1/issues60"),
    ("GET", "/posts9/orgs36/v237/users5"),
    ("PUT", "/tags17"),
    ("GET", "/repos56/v15/feeds6/xp3"),
    ("PUT", "/orgs41/feeds13"),
    ("GET", "/jobs44/v129/stats25/issues7/a/b/c/d/e/f"),
    ("POST", "/posts38/keys47/items22"),
    ("GET", "/v152/repos30/a/b/c/d/e/f"),
    ("DELETE", "/admin29"),
    ("PUT", "/v221"),
    ("PUT", "/items41/teams41"),
    ("GET", "/stats10/xp1/issues54"),
    ("POST", "/posts14/xp1/v249"),
    ("GET", "/admin6/issues51/posts47/repos30"),
    ("POST", "/files33/keys20/files58"),
    ("GET", "/issues59/feeds6/jobs21/xp3"),
    ("GET", "/teams8/v221/keys11/users20"),
    ("DELETE", "/repos40/feeds30/admin34"),
    ("GET", "/feeds12/v218"),
    ("GET", "/pulls32/api42"),
    ("DELETE", "/admin43"),
    ("GET", "/v13"),
    ("GET", "/stats57/users32/jobs34"),
    ("GET", "/files57/teams13"),
    ("GET", "/tags25/users4/blobs7"),
    ("POST", "/blobs23/users1"),
    ("GET", "/files23/keys8/feeds16/files10"),
    ("PUT", "/files19"),
    ("PUT", "/keys31"),
    ("GET", "/posts15"),
    ("GET", "/api57"),
    ("GET", "/issues37"),
    ("GET", "/posts14/posts28/api59/xp3"),
    ("GET", "/orgs27/orgs32/repos15"),
    ("GET", "/blobs20/teams45/files37/a/b/c/d/e/f"),
    ("DELETE", "/posts18/stats3"),
    ("POST", "/pulls25/xp1"),
    ("GET", "/repos5/repos0/tags6"),
    ("POST", "/feeds21/stats14/xp2"),
    ("PUT", "/items5"),
    ("GET", "/v158/tags32"),
    ("GET", "/teams42/jobs51"),
    ("GET", "/items9/xp1/users44/posts50"),
    ("PUT", "/stats15"),
    ("POST", "/feeds10/feeds26/v110"),
    ("GET", "/users8/xp1"),
    ("GET", "/v145/xp1"),
    ("GET", "/users9/xp1"),
    ("PUT", "/keys55/repos41/jobs34"),
    ("PUT", "/issues46/feeds22"),
    ("POST", "/runs17/items32/a/b/c/d/e/f"),
    ("POST", "/posts34/teams49"),
    ("DELETE", "/pulls30/pulls34/v218"),
    ("DELETE", "/v130"),
    ("GET", "/repos55/v229"),
    ("GET", "/api50/v140"),
    ("GET", "/keys3/blobs2/runs33"),
    ("GET", "/stats21/files31"),
    ("GET", "/issues2/stats54/repos18"),
    ("DELETE", "/files45/xp1"),
    ("GET", "/stats2/posts27"),
    ("GET", "/pulls7/xp1/pulls25"),
    ("GET", "/tags24"),
    ("GET", "/teams48/items43/xp2"),
    ("GET", "/jobs43"),
    ("GET", "/teams12/api14/jobs56"),
    ("POST", "/pulls41/orgs32/api13"),
    ("GET", "/users57/stats25/blobs15"),
    ("GET", "/posts33/v217/issues29/posts42"),
    ("GET", "/runs53/tags10"),
    ("GET", "/repos60/orgs19/admin44/a/b/c/d/e/f"),
    ("POST", "/files23/a/b/c/d/e/f"),
    ("PUT", "/v258/pulls23/files6/issues7"),
    ("PUT", "/api56/stats38"),
    ("DELETE", "/v248/xp1/feeds53"),
    ("GET", "/items21/teams21/xp2/a/b/c/d/e/f"),
    ("DELETE", "/tags0/xp1"),
    ("GET", "/feeds25/files50/files53/posts1"),
    ("PUT", "/posts31/admin34/xp2/files16"),
    ("GET", "/runs49/xp1"),
    ("GET", "/keys34/xp1/runs7"),
    ("PUT", "/admin34/jobs53/repos47"),
    ("GET", "/feeds31/files52"),
    ("DELETE", "/runs39/a/b/c/d/e/f"),
    ("PUT", "/v151/files57"),
    ("GET", "/repos34"),
    ("GET", "/stats57/runs1"),
    ("GET", "/orgs1"),
    ("GET", "/files44"),
    ("GET", "/orgs55/repos38/v135"),
    ("GET", "/api19/xp1/keys30"),
    ("GET", "/keys29/repos53/api17/pulls15"),
    ("DELETE", "/posts14/xp1/feeds29/pulls31/a/b/c/d/e/f"),
    ("GET", "/tags13/xp1/tags10"),
    ("DELETE", "/files30/admin50/api22/teams16"),
    ("PUT", "/issues18"),
    ("GET", "/stats27/v216"),
    ("POST", "/files18/teams50"),
    ("GET", "/blobs53/blobs12/items26/xp3"),
    ("GET", "/blobs24/teams11"),
    ("GET", "/issues37/repos41"),
    ("DELETE", "/admin28/a/b/c/d/e/f"),
    ("GET", "/jobs11/feeds6"),
    ("GET", "/v29/teams3"),
    ("GET", "/api13/xp1"),
    ("DELETE", "/issues11/v258/feeds15"),
    ("GET", "/teams48/users7/teams28/users14"),
    ("PUT", "/tags26/keys25/blobs4"),
    ("PUT", "/blobs37/issues17/xp2/blobs13"),
    ("GET", "/repos60/api35"),
    ("GET", "/feeds57"),
    ("GET", "/v140"),
    ("DELETE", "/issues52/xp1"),
    ("POST", "/items41/users42"),
    ("GET", "/stats33/stats4/xp2/v22"),
    ("DELETE", "/teams5/orgs59"),
    ("GET", "/files39/pulls47/teams7"),
    ("PUT", "/repos24/xp1/tags12/tags25"),
    ("PUT", "/teams37/xp1/admin9"),
    ("GET", "/feeds9/files27/xp2"),
    ("GET", "/keys1"),
    ("GET", "/v258/orgs6/teams25/users51"),
    ("PUT", "/orgs1/xp1/orgs52/xp3"),
    ("POST", "/items18"),
    ("GET", "/v137/posts36/teams34/blobs19"),
    ("GET", "/blobs4"),
    ("GET", "/issues18/blobs1/jobs20"),
    ("GET", "/teams51"),
    ("GET", "/feeds7/pulls18"),
    ("GET", "/blobs58/v138"),
    ("GET", "/repos16/runs51/keys41/xp3"),
    ("GET", "/runs59/repos11/teams19"),
    ("POST", "/issues41/blobs2"),
    ("POST", "/blobs12/keys47/v225/tags32"),
    ("GET", "/pulls49/keys29/a/b/c/d/e/f"),
    ("GET", "/orgs45/files53"),
    ("PUT", "/issues21/feeds51/files54/files10"),
    ("PUT", "/issues21/pulls9"),
    ("GET", "/stats54/orgs17"),
    ("GET", "/api24/repos55/users6/api25"),
    ("DELETE", "/repos45"),
    ("GET", "/api28"),
    ("DELETE", "/jobs2/teams48/users40"),
    ("PUT", "/keys9/items57/v122/admin5"),
    ("PUT", "/runs27/v236/posts59"),
    ("DELETE", "/posts21"),
    ("GET", "/v159/pulls28/repos48"),
    ("POST", "/teams15/items13"),
    ("GET", "/admin60/repos30/files52"),
    ("GET", "/orgs4/users56/blobs32/blobs14"),
    ("GET", "/api21/issues26/pulls0/runs50"),
    ("POST", "/stats0/xp1"),
    ("POST", "/issues23/jobs24/users24/blobs39"),
    ("DELETE", "/teams31/xp1/issues46/pulls38/a/b/c/d/e/f"),
    ("POST", "/v22/blobs42/users52/api22"),
    ("PUT", "/v240"),
    ("PUT", "/stats19"),
    ("GET", "/jobs51/users27/keys40/items39"),
    ("GET", "/v260"),
    ("GET", "/posts48/users58/v115"),
    ("POST", "/runs37/xp1/teams15"),
    ("POST", "/items51/keys49/feeds1"),
    ("GET", "/teams10"),
    ("DELETE", "/keys43/orgs20/items24/xp3"),
    ("POST", "/jobs56"),
    ("GET", "/issues52/teams13"),
    ("GET", "/api57/xp1/v16"),
    ("DELETE", "/pulls53/stats53/xp2/tags43"),
    ("GET", "/v151/keys11/xp2/items15"),
    ("GET", "/admin49"),
    ("GET", "/stats6/repos51/files28"),
    ("GET", "/files10/users5/tags5/xp3"),
    ("GET", "/repos7/xp1/api37/feeds50"),
    ("GET", "/tags4/v218"),
    ("POST", "/stats28/issues19/orgs60/xp3"),
    ("GET", "/v131/teams14/files32/users30"),
    ("POST", "/teams35/orgs59/items19/items18"),
    ("PUT", "/jobs30/runs8/xp2"),
    ("GET", "/blobs45"),
    ("DELETE", "/keys52/admin27/repos26"),
    ("GET", "/orgs40"),
    ("POST", "/tags12/jobs42/repos40"),
    ("POST", "/blobs42/blobs40/xp2/jobs32"),
    ("DELETE", "/v124/issues46/issues36"),
    ("GET", "/files3"),
    ("PUT", "/api31/repos57"),
    ("DELETE", "/posts46"),
    ("DELETE", "/orgs24/xp1"),
    ("GET", "/feeds4/xp1/blobs14"),
    ("GET", "/stats2/tags40/feeds28/v111"),
    ("DELETE", "/feeds48/runs45/tags48/admin19"),
    ("GET", "/keys15/teams35/api39"),
    ("DELETE", "/repos44"),
    ("PUT", "/v231/api19/feeds35"),
    ("POST", "/tags5/users36/users37"),
    ("GET", "/issues13/keys38/issues2"),
    ("DELETE", "/issues49/xp1/items40"),
    ("GET", "/v234/files46"),
    ("GET", "/stats1/xp1/admin36/xp3"),
    ("GET", "/feeds48"),
    ("DELETE", "/v148/v141/v248"),
    ("POST", "/v142/users14/stats49"),
    ("GET", "/stats1/v218/xp2"),
    ("GET", "/admin23/xp1"),
    ("POST", "/blobs16/xp1"),
    ("GET", "/feeds33/posts21/runs50"),
    ("PUT", "/issues21/api56/teams15/api2"),
    ("GET", "/items34/issues22"),
    ("POST", "/admin42"),
    ("GET", "/admin2/posts5/teams31/xp3"),
    ("POST", "/pulls39"),
    ("POST", "/v213/stats30"),
    ("PUT", "/tags13/feeds1/issues12"),
    ("GET", "/repos49"),
    ("PUT", "/stats9"),
    ("GET", "/feeds43/xp1/xp2"),
    ("DELETE", "/repos30/stats19/users12/orgs13"),
    ("POST", "/admin46/orgs33/posts38/xp3"),
    ("GET", "/runs42/v158/xp2/v133/a/b/c/d/e/f"),
    ("POST", "/admin47/api9/xp2/jobs17"),
    ("DELETE", "/users27/posts32/teams31"),
    ("POST", "/tags44"),
    ("POST", "/items49/items32"),
    ("PUT", "/v15/repos59/jobs6"),
    ("GET", "/pulls13/xp1"),
    ("DELETE", "/api7/xp1/orgs58"),
    ("PUT", "/blobs19/admin9"),
    ("GET", "/issues10/xp1/admin51/teams46"),
    ("PUT", "/stats41"),
    ("POST", "/posts41/users31"),
    ("POST", "/items21"),
    ("GET", "/blobs15"),
    ("POST", "/items27/v238/xp2/xp3"),
    ("GET", "/repos11/feeds2/users9/v255"),
    ("POST", "/api53"),
    ("DELETE", "/issues28/api11/feeds7"),
    ("PUT", "/items3/admin4/repos42/runs8"),
    ("DELETE", "/blobs26"),
    ("GET", "/jobs14"),
    ("GET", "/orgs28/files46/stats60"),
    ("GET", "/runs1/xp1/runs11"),
    ("GET", "/repos7"),
    ("PUT", "/v234/pulls17"),
    ("PUT", "/repos50/v216/admin58"),
    ("GET", "/repos8/stats11"),
    ("PUT", "/issues25/xp1/posts27/v111"),
    ("PUT", "/admin24/items8/feeds44"),
    ("DELETE", "/items11/keys16/a/b/c/d/e/f"),
    ("GET", "/files4/orgs13/xp2/issues20"),
    ("PUT", "/feeds43/posts44/jobs41"),
    ("PUT", "/users10"),
    ("GET", "/jobs55"),
    ("GET", "/keys48/repos2/v216/teams25"),
    ("PUT", "/teams47/runs41/stats18"),
    ("PUT", "/api49/a/b/c/d/e/f"),
    ("DELETE", "/feeds36/blobs21/api40/xp3"),
    ("PUT", "/files36/teams35/xp2"),
    ("GET", "/items35/blobs57/files2/orgs1"),
    ("GET", "/runs3"),
    ("DELETE", "/v252/teams32/blobs41"),
    ("GET", "/stats11/xp1/xp2"),
    ("POST", "/tags8/keys15/orgs33"),
    ("PUT", "/keys35"),
    ("GET", "/jobs16"),
    ("POST", "/stats55/keys6/xp2"),
    ("DELETE", "/stats3/xp1/teams23"),
    ("DELETE", "/repos29/posts21"),
    ("DELETE", "/stats56"),
    ("DELETE", "/feeds48/jobs23/items56/xp3"),
    ("GET", "/admin42"),
    ("PUT", "/pulls18"),
    ("GET", "/blobs58/orgs8"),
    ("GET", "/repos41/users59"),
    ("GET", "/api48"),
    ("GET", "/keys56/files54/jobs25/v10"),
    ("DELETE", "/v235/issues59/feeds27"),
    ("GET", "/items36/pulls21/users45/issues35"),
    ("POST", "/stats30"),
    ("PUT", "/jobs1/posts58/xp2"),
    ("GET", "/stats14/repos41/xp2/keys59"),
    ("DELETE", "/issues54/admin52/blobs7"),
    ("GET", "/keys27/admin15"),
    ("PUT", "/users25/posts0/v258"),
    ("POST", "/runs46/jobs44/files30/v225/a/b/c/d/e/f"),
    ("GET", "/files40/users54/issues55"),
    ("GET", "/runs38/xp1/xp2"),
    ("GET", "/runs48/xp1/stats21/stats52"),
    ("GET", "/jobs54"),
    ("GET", "/keys46/api59/users23/blobs34"),
    ("PUT", "/keys1/xp1/keys41"),
    ("GET", "/jobs16/users22/v216/xp3/a/b/c/d/e/f"),
    ("GET", "/keys45/repos6"),
    ("GET", "/keys44"),
    ("GET", "/orgs47/repos28"),
    ("PUT", "/pulls21/issues42/v126"),
    ("GET", "/orgs54/keys34"),
    ("POST", "/repos21/blobs54"),
    ("GET", "/users43/xp1"),
    ("GET", "/v128/files45/a/b/c/d/e/f"),
    ("POST", "/stats1/xp1/api37"),
    ("POST", "/orgs40/teams14"),
    ("POST", "/stats27"),
    ("GET", "/tags30/stats24"),
    ("POST", "/teams28"),
    ("GET", "/orgs47"),
    ("POST", "/orgs39/blobs30"),
    ("PUT", "/runs55/files59"),
    ("GET", "/runs57"),
    ("POST", "/api38/api15/tags32"),
    ("GET", "/admin14/stats4"),
    ("DELETE", "/files47/repos0/jobs2/admin1"),
    ("GET", "/admin48/blobs20"),
    ("GET", "/keys59/users60"),
    ("PUT", "/posts42"),
    ("PUT", "/users49"),
    ("DELETE", "/repos22/users58/runs44/jobs2"),
    ("GET", "/stats36/keys29/xp2/feeds1"),
    ("PUT", "/users33/teams50/orgs50/v10"),
    ("PUT", "/tags54/stats38/a/b/c/d/e/f"),
    ("GET", "/jobs37/xp1/users5/xp3"),
    ("POST", "/stats25/posts22/items32"),
    ("POST", "/v233/xp1"),
    ("GET", "/repos44/api19/a/b/c/d/e/f"),
    ("GET", "/jobs14/jobs24/xp2/xp3"),
    ("POST", "/posts55/runs2/items52/pulls14"),
    ("GET", "/api17/stats40/files28/pulls29"),
    ("PUT", "/keys14/jobs42"),
    ("DELETE", "/users46/items4/xp2"),
    ("POST", "/users10/users34"),
    ("POST", "/issues0/api54"),
    ("DELETE", "/feeds20/users32/runs31"),
    ("GET", "/orgs57/admin53"),
    ("GET", "/pulls29"),
    ("DELETE", "/stats11"),
    ("GET", "/runs39/pulls4"),
    ("POST", "/orgs56/files28/admin36"),
    ("POST", "/admin16/teams43/v124"),
    ("GET", "/files8/items40"),
    ("POST", "/issues34/admin15"),
    ("GET", "/issues22"),
    ("PUT", "/api4"),
    ("PUT", "/users43"),
    ("PUT", "/teams49"),
    ("DELETE", "/pulls21/tags36/keys53/files49"),
    ("GET", "/v248"),
    ("GET", "/repos58/issues14/orgs31/blobs45"),
    ("PUT", "/v145/issues44/repos31/users41"),
    ("POST", "/v26/orgs4/repos28"),
    ("GET", "/pulls21/items29/xp2"),
    ("GET", "/items22/stats47/runs50"),
    ("PUT", "/admin57/tags21"),
    ("PUT", "/jobs36/posts41/api21/items34"),
    ("POST", "/v223"),
    ("GET", "/tags58/admin17/api14"),
    ("GET", "/keys7/issues50/blobs32/v150"),
    ("POST", "/issues52/orgs57/feeds16"),
    ("PUT", "/posts53/xp1"),
    ("GET", "/runs9/v129/xp2/api32"),
    ("GET", "/v238"),
    ("PUT", "/api41/xp1"),
    ("POST", "/items30/xp1/keys22/posts59"),
    ("GET", "/api24"),
    ("GET", "/teams8/admin56/files6"),
    ("GET", "/files11/xp1/tags0/issues6"),
    ("DELETE", "/files14/teams14/stats5/tags33"),
    ("GET", "/pulls8"),
    ("PUT", "/jobs47/stats5/orgs7/stats3"),
    ("DELETE", "/stats55"),
    ("DELETE", "/api38/admin13/users39/xp3"),
    ("GET", "/users4"),
    ("GET", "/admin55/teams50/api35"),
    ("GET", "/runs12/pulls33/a/b/c/d/e/f"),
    ("GET", "/files41/xp1"),
    ("GET", "/tags34/issues2/api4"),
    ("PUT", "/blobs29/runs40/posts37"),
    ("DELETE", "/users45/xp1/v120/issues52"),
    ("PUT", "/v27"),
    ("POST", "/keys55"),
    ("GET", "/feeds21/v257"),
    ("DELETE", "/v24/runs1/a/b/c/d/e/f"),
    ("POST", "/stats39/v210/api50"),
    ("GET", "/teams13"),
    ("GET", "/jobs31/keys44/issues1"),
    ("POST", "/repos3"),
    ("POST", "/users20/admin5/pulls35/api48"),
    ("GET", "/feeds44"),
    ("GET", "/posts24"),
    ("PUT", "/posts22/xp1"),
    ("POST", "/admin45/orgs17"),
    ("PUT", "/items11/feeds0/xp2"),
    ("DELETE", "/teams38/files48/items57/posts57"),
    ("PUT", "/items49/xp1"),
    ("DELETE", "/feeds31/stats45/keys46/issues34"),
    ("POST", "/api29/blobs19/api10"),
    ("POST", "/tags4/issues3/v26"),
    ("DELETE", "/stats3/runs27"),
    ("GET", "/pulls37/issues8"),
    ("DELETE", "/jobs52"),
    ("GET", "/issues8/keys41/xp2/posts16"),
    ("DELETE", "/files31/v228/files38"),
    ("PUT", "/v253/api16/xp2"),
    ("POST", "/jobs43"),
    ("GET", "/orgs3/items34/xp2/api51"),
    ("POST", "/runs32/teams22/keys32"),
    ("GET", "/feeds17/posts46"),
    ("GET", "/admin24"),
    ("PUT", "/pulls50/keys20/keys41"),
    ("DELETE", "/issues4"),
    ("PUT", "/pulls30/users12/admin3"),
    ("GET", "/items48/feeds52"),
    ("DELETE", "/admin35/keys11/orgs20"),
    ("GET", "/v230/posts3"),
    ("POST", "/jobs60"),
    ("DELETE", "/orgs34/repos35/keys17"),
    ("GET", "/items13/xp1/tags27/xp3"),
    ("PUT", "/keys9"),
    ("PUT", "/teams48/blobs20/pulls54/pulls12"),
    ("POST", "/admin46/feeds43/files59"),
    ("POST", "/stats34/v157"),
    ("GET", "/v214/keys22/blobs26"),
    ("GET", "/items22/files56/stats14/api51"),
    ("POST", "/items44/jobs48/orgs43/runs48"),
    ("GET", "/feeds30"),
    ("GET", "/orgs5"),
    ("PUT", "/v223/v11/items4"),
    ("GET", "/feeds55/files53"),
    ("GET", "/feeds55/v139"),
    ("PUT", "/jobs9/issues17/v155/jobs56"),
    ("GET", "/posts53/xp1/items35"),
    ("DELETE", "/items31"),
    ("GET", "/tags11/admin51/a/b/c/d/e/f"),
    ("POST", "/posts32/xp1"),
    ("GET", "/teams32/tags45/blobs44"),
    ("GET", "/jobs56/v260/tags59/keys42"),
    ("GET", "/files36/tags1"),
    ("GET", "/keys42"),
    ("GET", "/blobs50"),
    ("PUT", "/issues5/tags50"),
    ("GET", "/api2/files24/runs5/jobs18"),
    ("GET", "/feeds57/jobs48/api16/posts7"),
    ("PUT", "/issues53"),
    ("GET", "/tags18/keys39/posts0/runs6"),
    ("GET", "/posts56"),
    ("PUT", "/feeds48/blobs50"),
    ("DELETE", "/pulls7/repos11/teams49"),
    ("GET", "/keys30"),
    ("DELETE", "/pulls34"),
    ("POST", "/feeds47/admin30"),
    ("POST", "/admin21/api28"),
    ("GET", "/users26/issues27/feeds54/issues49/a/b/c/d/e/f"),
    ("GET", "/keys18/admin59/xp2"),
    ("GET", "/pulls9/a/b/c/d/e/f"),
    ("PUT", "/files42/repos35/runs7"),
    ("POST", "/runs5"),
    ("GET", "/keys47/files58/pulls11"),
    ("PUT", "/orgs33/v229"),
    ("POST", "/pulls17"),
    ("DELETE", "/issues4/items10/files0"),
    ("GET", "/keys2/items12/xp2"),
    ("GET", "/admin48/teams13"),
    ("GET", "/items22/teams31/pulls53/xp3"),
    ("GET", "/jobs42/files13"),
    ("GET", "/stats39/xp1"),
    ("POST", "/orgs23/pulls22/api59"),
    ("GET", "/items14/users9/keys17"),
    ("DELETE", "/issues32"),
    ("PUT", "/pulls9"),
    ("GET", "/issues13/xp1/runs23"),
    ("GET", "/v135/teams45/issues30"),
    ("GET", "/orgs10/items19/teams55/users4"),
    ("GET", "/posts51/admin29"),
    ("PUT", "/pulls42/runs31"),
    ("GET", "/v131/stats44"),
    ("POST", "/pulls0/v227"),
    ("GET", "/orgs18"),
    ("POST", "/v251"),
    ("PUT", "/v132/feeds33"),
    ("GET", "/users7/xp1/blobs6"),
    ("GET", "/stats53/orgs46"),
    ("DELETE", "/stats14/xp1"),
    ("POST", "/jobs11/xp1/issues5/xp3/a/b/c/d/e/f"),
    ("GET", "/v156/feeds47"),
    ("PUT", "/runs34"),
    ("DELETE", "/v219/stats41/teams11"),
    ("DELETE", "/v238"),
    ("PUT", "/orgs6/v136/tags20"),
    ("GET", "/v218/files40/xp2/api8"),
    ("POST", "/v219/api13/users38"),
    ("GET", "/teams32/orgs8"),
    ("GET", "/runs51"),
    ("GET", "/teams52/issues2/xp2"),
    ("GET", "/jobs6"),
    ("PUT", "/issues14/admin24/runs11"),
    ("GET", "/jobs38/keys34"),
    ("DELETE", "/repos0/items13"),
    ("GET", "/users33/xp1/xp2/v126"),
    ("PUT", "/issues18/api46"),
    ("PUT", "/files49/tags33/stats44"),
    ("GET", "/repos22/blobs57/pulls49/feeds8/a/b/c/d/e/f"),
    ("POST", "/stats58/xp1/items45"),
    ("GET", "/api20/stats17/a/b/c/d/e/f"),
    ("GET", "/v115/items0/users35"),
    ("DELETE", "/blobs40/items39/orgs49"),
    ("GET", "/files15/posts54"),
    ("GET", "/admin54/xp1"),
    ("GET", "/items4/xp1/xp2"),
    ("GET", "/users34"),
    ("GET", "/posts6"),
    ("GET", "/tags17/teams9"),
    ("PUT", "/v110/users12/issues40/repos0"),
    ("POST", "/pulls8/pulls29/issues2"),
    ("GET", "/admin21/users14/admin56/api54"),
    ("DELETE", "/teams49/repos10"),
    ("PUT", "/orgs22/users36/v242/xp3"),
    ("GET", "/items37/items12"),
    ("DELETE", "/issues49/tags58/v249"),
    ("PUT", "/keys57/xp1/orgs55"),
    ("GET", "/keys21"),
    ("GET", "/api55/feeds59"),
    ("GET", "/blobs47/users5/users7/xp3"),
    ("GET", "/jobs33/api1/admin43"),
    ("GET", "/jobs30"),
    ("GET", "/orgs4/keys1"),
    ("POST", "/keys32/v145/a/b/c/d/e/f"),
    ("GET", "/blobs19/tags3/orgs52"),
    ("GET", "/pulls36/tags47/xp2/xp3"),
    ("DELETE", "/users36/files19"),
    ("GET", "/users56"),
    ("GET", "/feeds60"),
    ("PUT", "/users2/stats49/users5/xp3"),
    ("POST", "/files36/admin16/stats48/repos60"),
    ("GET", "/feeds35/jobs45/repos31/jobs57"),
    ("PUT", "/stats16/keys9/pulls22/pulls9"),
    ("GET", "/admin60/issues21/blobs39"),
    ("POST", "/items37/posts5"),
    ("GET", "/blobs23/xp1"),
    ("PUT", "/api40/users34"),
    ("GET", "/issues48"),
    ("GET", "/blobs33/admin56/files51"),
    ("DELETE", "/feeds31/teams26/users43/repos40"),
    ("POST", "/keys31/xp1/feeds33/runs56"),
    ("GET", "/v130/files8"),
    ("PUT", "/runs59/api5/stats6"),
    ("GET", "/posts48/admin11"),
    ("POST", "/jobs37/xp1/orgs46/issues1"),
    ("GET", "/v112/repos38"),
    ("GET", "/stats59"),
    ("DELETE", "/issues6"),
    ("PUT", "/blobs1/v112"),
    ("PUT", "/stats22/xp1/orgs34/posts42"),
    ("GET", "/posts38/items5"),
    ("DELETE", "/issues7/xp1/xp2/stats56"),
    ("DELETE", "/v128/api22/posts56/admin12/a/b/c/d/e/f"),
    ("POST", "/items21/orgs46/items31"),
    ("DELETE", "/tags42/pulls33/posts48"),
    ("GET", "/tags56"),
    ("PUT", "/items60/xp1"),
    ("PUT", "/api33/issues2"),
    ("GET", "/tags41"),
    ("GET", "/items43/blobs7"),
    ("PUT", "/v158/tags3/posts20"),
    ("DELETE", "/stats36"),
    ("POST", "/tags19/users23/xp2"),
    ("GET", "/v225/issues9/api32"),
    ("GET", "/users17/jobs52/xp2/jobs56"),
    ("DELETE", "/api44"),
    ("DELETE", "/files14/v158"),
    ("POST", "/pulls9/runs42/xp2"),
    ("GET", "/tags22/users14/runs0"),
    ("PUT", "/jobs29/feeds7/admin40/v217"),
    ("GET", "/issues18/xp1/xp2"),
    ("GET", "/items23/files32/v237/orgs43/a/b/c/d/e/f"),
    ("GET", "/v230/xp1/feeds29/orgs26"),
    ("DELETE", "/runs9/v28/items57/posts48"),
    ("DELETE", "/users6/stats20/xp2"),
    ("POST", "/feeds37/tags23/admin45"),
    ("GET", "/v251/issues14/tags16/feeds48"),
    ("GET", "/files0/v222/items2/v21"),
    ("POST", "/issues51/xp1/issues48"),
    ("DELETE", "/stats30/issues21/admin24/tags0"),
    ("POST", "/tags60"),
    ("GET", "/keys18"),
    ("PUT", "/feeds46/posts48"),
    ("GET", "/admin54"),
    ("POST", "/runs31/feeds50"),
    ("GET", "/issues40/files15/tags39/jobs41"),
    ("GET", "/feeds53/issues37"),
    ("DELETE", "/api0/users33/xp2"),
    ("DELETE", "/issues24/api23/v223/items26"),
    ("PUT", "/files5"),
    ("DELETE", "/items55/issues50/v17"),
    ("GET", "/files0/jobs17/keys3/v138"),
    ("PUT", "/tags12/xp1"),
    ("GET", "/keys43/users33/runs36/api57"),
    ("PUT", "/runs10"),
    ("GET", "/issues54/admin16"),
    ("GET", "/v120/files28/feeds4"),
    ("GET", "/v22/issues46"),
    ("DELETE", "/stats4/items44/xp2"),
    ("GET", "/orgs55"),
    ("POST", "/jobs20/issues25/v257/keys22"),
    ("DELETE", "/admin5/admin41/v27/api7"),
    ("GET", "/api41/api30"),
    ("PUT", "/v125/admin46/issues5"),
    ("PUT", "/v233/posts12"),
    ("GET", "/issues47/issues16/posts59/api31"),
    ("DELETE", "/teams38"),
    ("DELETE", "/repos26/teams55/admin34/orgs28"),
    ("PUT", "/v128"),
    ("GET", "/api51"),
    ("GET", "/runs45/posts4"),
    ("POST", "/api48/xp1/xp2/xp3"),
    ("GET", "/repos32/xp1/v123"),
    ("DELETE", "/files7/stats39/xp2/orgs8"),
    ("GET", "/items38/teams57/blobs2/items24"),
    ("GET", "/v113"),
    ("DELETE", "/admin22/api44/xp2"),
    ("DELETE", "/v218/items26/pulls17"),
    ("PUT", "/orgs43/runs3/blobs7"),
    ("GET", "/teams59/keys44/xp2"),
    ("DELETE", "/files12/tags4/teams20/blobs13"),
    ("GET", "/users11/runs35/runs20/xp3"),
    ("GET", "/items40"),
    ("DELETE", "/pulls60/teams20"),
    ("GET", "/v257"),
    ("PUT", "/issues38/posts19/issues36/v256"),
    ("GET", "/api2"),
    ("GET", "/feeds10/tags53"),
    ("GET", "/pulls34/xp1/runs56/xp3"),
    ("POST", "/feeds12"),
    ("DELETE", "/files8"),
    ("GET", "/issues43/blobs44/pulls23"),
    ("GET", "/orgs10/items35/teams21"),
    ("PUT", "/teams9/admin12/pulls35/files39"),
    ("PUT", "/stats24/posts37"),
    ("GET", "/users59/xp1/repos45/repos31"),
    ("GET", "/stats12/items4/feeds33/pulls32"),
    ("POST", "/jobs8"),
    ("GET", "/tags57/runs3"),
    ("GET", "/files35/v27/xp2/xp3"),
    ("DELETE", "/teams11/v111/xp2"),
    ("PUT", "/runs27"),
    ("GET", "/blobs55/xp1/jobs10/posts15"),
    ("PUT", "/stats43/jobs5/feeds16"),
    ("GET", "/blobs8/admin27/items10"),
    ("POST", "/jobs53"),
    ("GET", "/issues21"),
    ("POST", "/items6/tags22/orgs36"),
    ("PUT", "/issues48/stats33/v26"),
    ("POST", "/jobs0"),
    ("GET", "/repos28/xp1/jobs5/stats60"),
    ("GET", "/tags5"),
    ("GET", "/blobs13/posts9/a/b/c/d/e/f"),
    ("GET", "/v129/blobs37"),
    ("GET", "/repos32/blobs16/pulls11"),
    ("PUT", "/api54"),
    ("GET", "/feeds7"),
    ("PUT", "/v158"),
    ("GET", "/blobs51/stats51"),
    ("POST", "/runs42"),
    ("GET", "/stats36/jobs15/files25/repos32"),
    ("POST", "/issues44/xp1/blobs17"),
    ("GET", "/blobs26/stats51/xp2/repos31"),
    ("PUT", "/users47/v256"),
    ("POST", "/v225"),
    ("GET", "/posts55"),
    ("DELETE", "/pulls24/v228/xp2"),
    ("POST", "/v20"),
    ("DELETE", "/teams6/runs52/feeds4"),
    ("GET", "/v227/teams2"),
    ("GET", "/admin26"),
    ("DELETE", "/posts33/keys26/feeds15"),
    ("GET", "/stats10/feeds33/feeds43/files27"),
    ("DELETE", "/pulls60/xp1/admin35"),
    ("DELETE", "/api36/items8"),
    ("PUT", "/v227"),
    ("GET", "/feeds32/teams53/posts24"),
    ("POST", "/blobs38/posts23/feeds38/blobs51"),
    ("POST", "/v127/feeds18/tags26/xp3"),
    ("GET", "/repos40/users59/xp2/xp3"),
    ("DELETE", "/stats44/jobs33/v240/blobs5"),
    ("GET", "/blobs18"),
    ("DELETE", "/v147/files50/jobs3"),
    ("DELETE", "/teams52/xp1/xp2/issues38"),
    ("GET", "/repos41/a/b/c/d/e/f"),
    ("GET", "/blobs49/pulls29/keys27/users54"),
    ("GET", "/pulls18"),
    ("GET", "/files44/xp1/repos7/items46"),
    ("GET", "/items16/xp1"),
    ("GET", "/repos7/orgs8"),
    ("POST", "/items45"),
    ("PUT", "/tags41"),
    ("DELETE", "/v236/xp1"),
    ("POST", "/repos22"),
    ("DELETE", "/items50"),
    ("GET", "/keys27/issues11/tags60"),
    ("DELETE", "/admin13/api19/v132/issues15"),
    ("GET", "/v210/repos33/keys51"),
    ("PUT", "/keys25/tags26/stats59"),
    ("GET", "/teams38/api9/blobs33/items19"),
    ("GET", "/pulls34/xp1/items40"),
    ("POST", "/jobs36/tags12/xp2/stats45/a/b/c/d/e/f"),
    ("GET", "/admin45/xp1/jobs45/repos32"),
    ("POST", "/blobs26/blobs23"),
    ("PUT", "/feeds32"),
    ("GET", "/jobs14/jobs42/teams46/api48"),
    ("GET", "/v138/posts1/pulls38"),
    ("GET", "/pulls11/files14"),
    ("GET", "/orgs48/feeds44/items27/v215"),
    ("GET", "/users35/pulls42"),
    ("DELETE", "/runs55/keys43"),
    ("POST", "/blobs6/pulls22/keys15"),
    ("POST", "/v215/xp1"),
    ("GET", "/blobs45/tags30"),
    ("GET", "/teams55"),
    ("GET", "/feeds25/items4/v152/api12"),
    ("GET", "/keys33/users14/repos26/xp3"),
    ("GET", "/files48/repos3"),
    ("POST", "/repos23/xp1/xp2"),
    ("GET", "/teams48/items1"),
    ("DELETE", "/api15/xp1/items1"),
    ("DELETE", "/blobs47/teams10/admin18/posts53"),
    ("GET", "/blobs11/v217"),
    ("DELETE", "/admin26"),
    ("DELETE", "/files3/stats26/issues36"),
    ("POST", "/orgs45"),
    ("DELETE", "/repos15/blobs58/xp2"),
    ("GET", "/repos37/xp1"),
    ("GET", "/teams24"),
    ("PUT", "/jobs58/stats38/blobs7/xp3"),
    ("PUT", "/v135/files38/blobs57/feeds23"),
    ("PUT", "/runs34/api32/xp2/admin43"),
    ("PUT", "/items20/api56/posts26"),
    ("POST", "/runs11/admin45/xp2/feeds41"),
    ("GET", "/v237/jobs23/issues16"),
    ("GET", "/repos44/users23"),
    ("PUT", "/keys3/users7/xp2"),
    ("GET", "/api40"),
    ("GET", "/repos5/users3/repos46"),
    ("PUT", "/api37/v18/admin25"),
    ("GET", "/blobs21/files23/v116"),
    ("POST", "/v220/xp1/xp2/v21"),
    ("DELETE", "/v252/v218/stats11"),
    ("GET", "/jobs25/admin58"),
    ("GET", "/users39"),
    ("PUT", "/keys26/xp1"),
    ("POST", "/keys30"),
    ("GET", "/posts59/issues23"),
    ("DELETE", "/orgs10/stats28/admin55/users24"),
    ("GET", "/pulls13"),
    ("DELETE", "/keys38/items60/stats51"),
    ("GET", "/blobs43/orgs45/feeds14"),
    ("GET", "/files21"),
    ("POST", "/feeds34"),
    ("GET", "/users35/pulls41/feeds6/admin8"),
    ("PUT", "/posts34"),
    ("DELETE", "/blobs60"),
    ("DELETE", "/keys49"),
    ("GET", "/feeds57/posts42/teams48/tags3"),
    ("PUT", "/stats43/api30/orgs14/users33"),
    ("POST", "/files6/feeds56"),
    ("PUT", "/keys4/xp1/runs37/xp3"),
    ("PUT", "/v218/a/b/c/d/e/f"),
    ("POST", "/issues27/orgs40/keys33"),
    ("GET", "/issues31/runs15/v222"),
    ("PUT", "/v211/blobs11/v150"),
    ("GET", "/teams42"),
    ("PUT", "/posts2/xp1/a/b/c/d/e/f"),
    ("PUT", "/users37/xp1/items3/jobs59"),
    ("POST", "/v121/xp1/runs25/stats17"),
    ("POST", "/tags15"),
    ("POST", "/users5/keys45"),
    ("GET", "/tags57/users2/pulls24"),
    ("DELETE", "/jobs41/keys55"),
    ("DELETE", "/files19"),
    ("GET", "/runs13/files55/v216/items0"),
    ("GET", "/v224"),
    ("PUT", "/tags22/blobs57/keys31"),
    ("GET", "/teams58/v232/files13/admin4"),
    ("GET", "/pulls10/repos31/items23"),
    ("PUT", "/feeds56/api10"),
    ("GET", "/files49"),
    ("DELETE", "/teams51/xp1/jobs57/xp3"),
    ("GET", "/v136/feeds14/xp2/v227"),
    ("GET", "/stats51/posts12/repos59/teams54"),
    ("GET", "/stats15/v147/feeds19"),
    ("POST", "/v239"),
    ("PUT", "/repos37/v28/pulls52/xp3"),
    ("GET", "/tags50/api60/xp2/v157/a/b/c/d/e/f"),
    ("DELETE", "/users25/xp1/users17/xp3"),
    ("GET", "/runs10/jobs34/pulls29/teams39"),
    ("PUT", "/items6/repos41/admin40/api48"),
    ("POST", "/tags37/admin18/v214/xp3"),
    ("GET", "/tags24/blobs46/tags14"),
    ("GET", "/issues14/teams30/xp2/pulls22"),
    ("GET", "/stats24/repos13/stats51/jobs26"),
    ("GET", "/keys42/stats42/repos31/tags36"),
    ("GET", "/tags18/orgs33/pulls33/issues42"),
    ("POST", "/users46/keys24"),
    ("POST", "/api15/xp1/posts17"),
    ("GET", "/users8/keys18/tags57/feeds7"),
    ("GET", "/keys11"),
    ("GET", "/pulls5"),
    ("GET", "/repos47/runs14"),
    ("GET", "/orgs29/api23/v159/v224"),
    ("GET", "/pulls59/repos21"),
    ("GET", "/users24"),
    ("PUT", "/orgs22"),
    ("POST", "/items5"),
    ("GET", "/repos50"),
    ("GET", "/jobs49/tags1"),
    ("PUT", "/items18/runs56/repos24"),
    ("DELETE", "/orgs54"),
    ("GET", "/items2/files18/xp2/xp3"),
    ("GET", "/v218/stats21/blobs6"),
    ("DELETE", "/tags35/pulls28/a/b/c/d/e/f"),
    ("POST", "/teams54/teams29"),
    ("GET", "/pulls18/blobs60/xp2"),
    ("GET", "/runs28/orgs31"),
    ("DELETE", "/users54/xp1/orgs56/posts2"),
    ("GET", "/stats51/jobs27"),
    ("GET", "/jobs43/files26/posts3"),
    ("GET", "/v122"),
    ("DELETE", "/repos4/teams14/keys25"),
    ("DELETE", "/v110/blobs48"),
    ("GET", "/repos46/v151"),
    ("DELETE", "/feeds1/xp1"),
    ("PUT", "/v28/jobs15/blobs15"),
    ("GET", "/admin27/xp1"),
    ("DELETE", "/pulls33/api6/v230"),
    ("GET", "/teams41/a/b/c/d/e/f"),
    ("DELETE", "/jobs31/files0"),
    ("GET", "/orgs17"),
    ("PUT", "/v231/keys57"),
    ("POST", "/issues8/repos38/teams21"),
    ("POST", "/feeds34/api31/orgs48"),
    ("POST", "/tags24/users53"),
    ("GET", "/blobs16/users21"),
    ("GET", "/repos17/issues4"),
    ("PUT", "/repos11/pulls10/pulls19/xp3"),
    ("PUT", "/orgs0/tags37"),
    ("GET", "/orgs5/xp1/xp2/files22"),
    ("GET", "/items13/repos15"),
    ("GET", "/feeds43"),
    ("DELETE", "/issues20/issues33"),
    ("POST", "/orgs3/xp1/v135"),
    ("DELETE", "/admin7/items12"),
    ("DELETE", "/files0/teams34/v148"),
    ("DELETE", "/runs10/xp1"),
    ("GET", "/v239"),
    ("DELETE", "/posts58/a/b/c/d/e/f"),
    ("POST", "/posts13/api53/v18/xp3"),
    ("GET", "/v154/blobs22/blobs27/xp3"),
    ("GET", "/teams24/api36/v126/xp3"),
    ("PUT", "/jobs47/users38"),
    ("POST", "/admin48/admin54"),
    ("DELETE", "/pulls36/api10/keys58/xp3"),
    ("PUT", "/teams44/xp1/keys50"),
    ("GET", "/v160/feeds19/xp2"),
    ("GET", "/tags12/stats8/v114/orgs14"),
    ("DELETE", "/keys42/api60/v158"),
    ("DELETE", "/pulls47"),
    ("DELETE", "/users56/users22"),
    ("DELETE", "/posts55/posts11/xp2/files16"),
    ("PUT", "/issues38/keys59"),
    ("PUT", "/v15/posts20"),
    ("POST", "/stats19"),
    ("PUT", "/blobs13/teams41/posts60/files21"),
    ("POST", "/users45"),
    ("PUT", "/admin41"),
    ("PUT", "/keys50/posts50"),
    ("GET", "/admin23/items21"),
    ("PUT", "/files16/xp1/xp2"),
    ("GET", "/items45"),
    ("PUT", "/jobs38/stats13/v243/a/b/c/d/e/f"),
    ("GET", "/posts50/xp1/teams43/orgs42"),
    ("PUT", "/stats15/keys7"),
    ("GET", "/jobs27/v152/v112"),
    ("GET", "/repos4/admin41/a/b/c/d/e/f"),
    ("DELETE", "/orgs3/xp1/feeds48"),
    ("DELETE", "/pulls5/items19"),
    ("POST", "/posts11/pulls21"),
    ("PUT", "/pulls28/teams44/items35"),
    ("GET", "/posts59/pulls16/issues32"),
    ("DELETE", "/pulls22/repos11"),
    ("POST", "/tags35"),
    ("PUT", "/pulls11/teams26/items47/users30"),
    ("GET", "/admin19/v259/runs22/v27"),
    ("DELETE", "/stats50"),
    ("GET", "/repos3/xp1"),
    ("PUT", "/files25/v155/users17"),
    ("GET", "/tags21"),
    ("GET", "/issues11/xp1"),
    ("GET", "/admin45/items20"),
    ("GET", "/api29/xp1/tags59"),
    ("DELETE", "/keys7/users40"),
    ("PUT", "/admin7"),
    ("GET", "/blobs16/xp1/keys25/users7"),
    ("GET", "/users14/users25/tags26"),
    ("POST", "/blobs57"),
    ("GET", "/items57/jobs46/orgs45"),
    ("GET", "/feeds55"),
    ("POST", "/files15/xp1"),
    ("POST", "/repos60/xp1/pulls7/xp3"),
    ("DELETE", "/issues38/xp1/xp2/stats18"),
    ("PUT", "/repos50/xp1/jobs41"),
    ("POST", "/issues53"),
    ("GET", "/v128/issues5/xp2/a/b/c/d/e/f"),
    ("DELETE", "/teams28/items59/keys20/keys1"),
    ("GET", "/posts7/xp1/v213/xp3"),
    ("GET", "/keys13/files44"),
    ("GET", "/keys9/api14"),
    ("POST", "/repos42/xp1"),
    ("PUT", "/admin10/stats5/admin43/v230"),
    ("GET", "/tags34/stats33/xp2"),
    ("PUT", "/blobs21/runs10"),
    ("DELETE", "/issues43/v128/v12/xp3"),
    ("POST", "/v15/runs57/api54/a/b/c/d/e/f"),
    ("GET", "/files14/xp1"),
    ("PUT", "/v127/xp1/v114/tags1"),
    ("GET", "/api43/v150"),
    ("PUT", "/feeds53/files51"),
    ("GET", "/api47/files39/admin46"),
    ("DELETE", "/feeds51/tags44/pulls33"),
    ("DELETE", "/v123/keys57/api24/v113"),
    ("PUT", "/v16"),
    ("GET", "/feeds14/xp1/runs4"),
    ("GET", "/v214/tags25/keys60"),
    ("GET", "/repos58"),
    ("POST", "/teams9/tags60/issues37"),
    ("DELETE", "/v12/pulls11"),
    ("GET", "/stats60/stats0/v256/posts44/a/b/c/d/e/f"),
    ("POST", "/blobs37/v118"),
    ("GET", "/tags36/keys43/files50/v115"),
    ("GET", "/users19/files6/feeds12"),
    ("GET", "/repos57/issues38"),
    ("GET", "/posts5/runs59/repos12"),
    ("DELETE", "/orgs52/orgs35"),
    ("GET", "/v244"),
    ("PUT", "/admin5/items50"),
    ("GET", "/runs42/blobs32"),
    ("GET", "/issues24/jobs0"),
    ("GET", "/keys8/xp1/runs35/stats5"),
    ("GET", "/admin2/runs10/teams32"),
    ("GET", "/users36"),
    ("PUT", "/files6/issues21/stats12"),
    ("GET", "/pulls50/xp1"),
    ("POST", "/api23"),
    ("GET", "/blobs9/blobs54"),
    ("GET", "/users24/v251"),
    ("GET", "/users26/api35/jobs43/keys11"),
    ("GET", "/posts27/tags18/feeds14/items31"),
    ("GET", "/repos54/xp1/xp2/issues41"),
    ("GET", "/orgs22/items38/xp2"),
    ("DELETE", "/users52"),
    ("GET", "/api42/runs52/v131/posts51"),
    ("PUT", "/issues3/xp1/a/b/c/d/e/f"),
    ("GET", "/repos27/pulls50"),
    ("GET", "/repos7/jobs45/jobs54/v233"),
    ("GET", "/admin42/posts54"),
    ("GET", "/jobs15/runs37/stats50/stats22"),
    ("GET", "/tags32/teams15/users23"),
    ("PUT", "/teams27"),
    ("POST", "/v136/users16"),
    ("GET", "/stats2/xp1/tags48"),
    ("GET", "/pulls43/stats16"),
    ("POST", "/feeds24/repos15/v213"),
    ("GET", "/v22/admin37/tags14"),
    ("GET", "/stats35/blobs48"),
    ("GET", "/v132"),
    ("POST", "/files36/files13/blobs32/files9"),
    ("GET", "/jobs11/xp1/xp2/items20"),
    ("GET", "/issues35/posts33"),
    ("GET", "/api30"),
    ("PUT", "/posts58"),
    ("GET", "/keys27/feeds11/tags25"),
    ("GET", "/issues16/xp1/admin60/v129"),
    ("GET", "/blobs28"),
    ("GET", "/feeds49/teams13"),
    ("GET", "/blobs59/xp1"),
    ("GET", "/users22/items38/keys60/runs41"),
    ("PUT", "/stats19/jobs23/runs39/posts19"),
    ("GET", "/items33/teams43/orgs52/v116"),
    ("PUT", "/posts1/teams34"),
    ("POST", "/api57"),
    ("GET", "/feeds31/repos10/blobs34/api12"),
    ("GET", "/v220"),
    ("GET", "/orgs56/xp1"),
    ("DELETE", "/feeds4/users2/xp2"),
    ("POST", "/issues50/users51/xp2"),
    ("DELETE", "/posts58"),
    ("GET", "/items17/api35/runs29/users44"),
    ("GET", "/posts0"),
    ("DELETE", "/pulls13"),
    ("GET", "/keys54/v258/api33/blobs41"),
    ("POST", "/jobs58/keys36/users30/users12"),
    ("GET", "/repos17"),
    ("PUT", "/pulls7/issues47/xp2"),
    ("PUT", "/blobs58/orgs53"),
    ("PUT", "/repos36/blobs57"),
    ("DELETE", "/repos7/feeds11/jobs59/tags56"),
    ("POST", "/repos38"),
    ("DELETE", "/v240/admin7/keys23"),
    ("PUT", "/users42/pulls7/api41/posts50"),
    ("PUT", "/issues0/v134/teams48"),
    ("GET", "/api14/issues33/xp2"),
    ("GET", "/v147/xp1/feeds12"),
    ("GET", "/teams23/keys11/repos48"),
    ("GET", "/keys56/api56"),
    ("GET", "/feeds20/api43"),
    ("GET", "/stats53"),
    ("GET", "/pulls49/files20"),
    ("PUT", "/posts10/admin19/files9/jobs8"),
    ("GET", "/tags33/orgs30/xp2"),
    ("GET", "/files32/repos40/blobs29/jobs20"),
    ("DELETE", "/orgs12"),
    ("DELETE", "/posts37"),
    ("GET", "/admin20/files0"),
    ("GET", "/orgs9/teams15"),
    ("GET", "/stats32/posts35"),
    ("GET", "/orgs10/api34/items58/stats32"),
    ("POST", "/orgs35/repos16/v226/xp3"),
    ("POST", "/keys58"),
    ("PUT", "/pulls3/teams21/blobs57"),
    ("PUT", "/repos19/jobs2/items54"),
    ("GET", "/admin8/files0/api12"),
    ("GET", "/posts21/xp1/posts60/v131"),
    ("DELETE", "/issues37/blobs4/xp2/pulls12"),
    ("POST", "/admin15/blobs40"),
    ("DELETE", "/orgs35/stats34/pulls11"),
    ("DELETE", "/tags12"),
    ("DELETE", "/users19/orgs50/admin43"),
    ("PUT", "/items54/blobs60/xp2/users11"),
    ("DELETE", "/items30"),
    ("POST", "/keys18"),
    ("GET", "/items54/blobs58"),
    ("GET", "/posts23/keys51/api31/jobs17"),
    ("DELETE", "/tags46"),
    ("DELETE", "/stats56/stats20"),
    ("DELETE", "/files6"),
    ("GET", "/keys4"),
    ("GET", "/stats48/feeds44"),
    ("PUT", "/issues14/xp1"),
    ("PUT", "/pulls47/jobs22"),
    ("DELETE", "/items54/orgs52"),
    ("GET", "/runs32/blobs46/issues9/tags52"),
    ("DELETE", "/feeds37/pulls16"),
    ("GET", "/teams2/keys12/v231/tags1"),
    ("GET", "/pulls16/users40/teams4"),
    ("GET", "/pulls9/issues22"),
    ("GET", "/keys37"),
    ("PUT", "/runs54"),
    ("PUT", "/items34/v129/tags59"),
    ("GET", "/v13/issues25/xp2/runs17"),
    ("PUT", "/pulls16/pulls19/xp2"),
    ("DELETE", "/v222/tags37/jobs8/admin54"),
    ("GET", "/teams37"),
    ("GET", "/v127/keys2/xp2"),
    ("DELETE", "/runs50/feeds10"),
    ("DELETE", "/api51/issues55"),
    ("DELETE", "/pulls45"),
    ("PUT", "/repos48/keys20/orgs14"),
    ("POST", "/pulls25"),
    ("GET", "/pulls48/v22/api11"),
    ("DELETE", "/orgs15/teams3"),
    ("DELETE", "/teams9"),
    ("DELETE", "/runs1"),
    ("GET", "/users31"),
    ("DELETE", "/posts20/files52/posts40/posts8"),
    ("DELETE", "/repos9/keys43/xp2"),
    ("PUT", "/jobs24/orgs19/keys21/api1"),
    ("GET", "/tags10/xp1/repos30/xp3"),
    ("GET", "/items11"),
    ("PUT", "/teams43/xp1/pulls14"),
    ("POST", "/jobs37/api9"),
    ("POST", "/teams36"),
    ("PUT", "/admin1/tags55"),
    ("GET", "/feeds47/admin31/admin12/tags28"),
    ("PUT", "/runs19/feeds40/keys6"),
    ("GET", "/blobs49/repos42"),
    ("DELETE", "/posts19/runs43/stats41/posts37"),
    ("DELETE", "/stats24/stats29/api29/v154"),
    ("POST", "/v246/feeds33"),
    ("DELETE", "/items8/posts29/repos31"),
    ("GET", "/admin19/xp1/jobs51/feeds46"),
    ("GET", "/blobs41"),
    ("PUT", "/issues27/keys12/pulls27/xp3"),
    ("DELETE", "/v110"),
    ("PUT", "/items13/runs12/v153/keys18"),
    ("GET", "/runs21/api57"),
    ("GET", "/v136/users39/admin50"),
    ("GET", "/runs34/users29/admin45/admin39"),
    ("PUT", "/issues6/xp1"),
    ("POST", "/admin59/xp1"),
    ("GET", "/teams51/posts34/a/b/c/d/e/f"),
    ("GET", "/teams31/files1"),
    ("GET", "/stats53/a/b/c/d/e/f"),
    ("POST", "/files54/admin38/posts43"),
    ("GET", "/v244/xp1"),
    ("DELETE", "/blobs53"),
    ("PUT", "/v144"),
    ("GET", "/users37/users51/v130/posts40"),
    ("DELETE", "/posts37/keys26/feeds21"),
    ("GET", "/tags26/keys7"),
    ("PUT", "/feeds36/v23/xp2/tags52"),
    ("POST", "/repos43/admin34/jobs29/xp3"),
    ("GET", "/pulls46"),
    ("GET", "/api42/stats36"),
    ("GET", "/v115/tags49/stats49/v142/a/b/c/d/e/f"),
    ("GET", "/issues19/admin60/orgs54"),
    ("GET", "/api60/xp1/xp2/xp3"),
    ("GET", "/tags15/users54/runs46"),
    ("GET", "/issues57"),
    ("DELETE", "/files41"),
    ("PUT", "/v21/files51/a/b/c/d/e/f"),
    ("PUT", "/posts22/tags36/runs44"),
    ("GET", "/files30"),
    ("GET", "/users3"),
    ("PUT", "/users26"),
    ("GET", "/files48/xp1/posts26/keys44"),
    ("POST", "/runs50"),
    ("PUT", "/v226/feeds47"),
    ("DELETE", "/pulls49/runs47/admin7"),
    ("DELETE", "/pulls44/xp1/blobs33/files45"),
    ("GET", "/posts56/xp1/runs53/stats22"),
    ("DELETE", "/users58/xp1/admin33/keys31"),
    ("GET", "/v254"),
    ("PUT", "/v124/admin38/items17/teams29"),
    ("GET", "/stats0/xp1/posts12"),
    ("GET", "/posts45/repos31"),
    ("GET", "/tags20/teams28"),
    ("GET", "/issues54/runs30"),
    ("GET", "/keys15/runs60"),
    ("POST", "/api37/repos32/v233"),
    ("GET", "/issues8"),
    ("DELETE", "/items14/files37"),
    ("GET", "/orgs37/pulls21"),
    ("DELETE", "/files23/jobs43"),
    ("POST", "/api21/runs58/stats50"),
    ("GET", "/items28/xp1/posts40/teams11"),
    ("GET", "/api25"),
    ("POST", "/items22/api55/v29/v112"),
    ("GET", "/tags23/posts47/users49/a/b/c/d/e/f"),
    ("GET", "/orgs0/xp1/v239/blobs39"),
    ("DELETE", "/orgs56/v158/repos42"),
    ("PUT", "/users28/items59/runs9/runs34"),
    ("GET", "/api10/posts23/admin18/jobs3"),
    ("PUT", "/runs27/a/b/c/d/e/f"),
    ("PUT", "/items21/keys60/xp2"),
    ("GET", "/files59/xp1/users7/xp3"),
    ("GET", "/v111"),
    ("DELETE", "/repos18"),
    ("GET", "/runs8/feeds20"),
    ("PUT", "/blobs59/xp1/keys27"),
    ("GET", "/posts14/xp1"),
    ("GET", "/posts2/xp1/api11"),
    ("POST", "/api51/stats29/xp2"),
    ("GET", "/feeds21/items38"),
    ("POST", "/orgs50"),
    ("GET", "/admin21/v231/issues33/keys48"),
    ("GET", "/tags58/v260/v29"),
    ("GET", "/posts16"),
    ("GET", "/orgs2/xp1/feeds18"),
    ("POST", "/api54/api49/items4"),
    ("POST", "/tags5/teams53/posts0/xp3"),
    ("GET", "/jobs59/tags28"),
    ("GET", "/pulls6/items14/posts52/xp3"),
    ("PUT", "/orgs56/api60"),
    ("PUT", "/stats10"),
    ("GET", "/tags16/xp1"),
    ("PUT", "/api52/jobs24/stats26"),
    ("GET", "/v136/v221/xp2"),
    ("GET", "/posts25/tags45/blobs23/blobs21"),
    ("PUT", "/posts33/a/b/c/d/e/f"),
    ("POST", "/runs15"),
    ("GET", "/blobs59"),
    ("POST", "/users39/v138/admin25/tags26"),
    ("POST", "/pulls19/xp1"),
    ("GET", "/files54/xp1/stats27"),
    ("POST", "/v112/xp1/xp2"),
    ("PUT", "/v28/admin4/runs51"),
    ("GET", "/stats3/users0/feeds25/pulls33"),
    ("DELETE", "/runs0/xp1/xp2/feeds14"),
    ("DELETE", "/api44/xp1"),
    ("PUT", "/teams22/feeds21/v25"),
    ("GET", "/users49/users8"),
    ("POST", "/api20"),
    ("GET", "/users57/api56/feeds59"),
    ("PUT", "/admin29/items9"),
    ("DELETE", "/issues26/items25/xp2/xp3"),
    ("POST", "/items44/v250"),
    ("GET", "/orgs58/xp1/repos45/teams42"),
    ("PUT", "/orgs5/items56"),
    ("POST", "/orgs28/xp1/runs23"),
    ("DELETE", "/keys44/admin26/issues2/blobs12"),
    ("GET", "/teams32/files43/items46/v224"),
    ("GET", "/admin25"),
    ("POST", "/posts24"),
    ("POST", "/v123"),
    ("GET", "/v241/tags47/feeds0/a/b/c/d/e/f"),
    ("GET", "/blobs37/runs52/xp2/api1"),
    ("POST", "/items4/keys34/api48"),
    ("GET", "/repos47/users48/jobs14/tags25"),
    ("POST", "/orgs22/tags38"),
    ("DELETE", "/v229/orgs49/jobs56/items31"),
    ("GET", "/jobs23"),
    ("GET", "/blobs31/xp1/jobs49"),
    ("GET", "/repos41/pulls56/api24/tags6"),
    ("DELETE", "/issues15/v251"),
    ("GET", "/orgs26/api8"),
    ("PUT", "/runs59"),
    ("DELETE", "/items37/keys55/api22/runs19"),
    ("GET", "/teams10/tags46"),
    ("GET", "/v214/a/b/c/d/e/f"),
    ("GET", "/v110"),
    ("GET", "/jobs52/tags35"),
    ("GET", "/runs45/teams32/teams22"),
    ("GET", "/v229"),
    ("DELETE", "/feeds54/items28"),
    ("PUT", "/orgs10/tags13/orgs41/orgs10"),
    ("GET", "/stats14/posts46"),
    ("POST", "/users2/xp1/repos49"),
    ("DELETE", "/orgs18"),
    ("GET", "/runs15/blobs45/v229"),
    ("PUT", "/files24/xp1/keys7/teams21"),
    ("PUT", "/api41/keys12"),
    ("GET", "/v246/xp1/repos35/admin17"),
    ("GET", "/blobs24/runs15/runs57/runs6"),
    ("GET", "/stats55/users18"),
    ("PUT", "/admin24"),
    ("DELETE", "/teams14/xp1/users4"),
    ("GET", "/repos25/xp1"),
    ("GET", "/feeds49"),
    ("GET", "/v153/v213"),
    ("GET", "/issues3"),
    ("GET", "/feeds1/pulls38/v223"),
    ("PUT", "/runs7/runs33/issues24/orgs12"),
    ("GET", "/v20/files41/repos34/xp3"),
    ("GET", "/feeds1/v247/stats23/xp3"),
    ("GET", "/issues2/jobs33/v159"),
    ("GET", "/posts10/feeds28"),
    ("GET", "/items39/v19"),
    ("POST", "/blobs56/v253/items57/v149"),
    ("POST", "/feeds37/a/b/c/d/e/f"),
    ("GET", "/issues26/feeds57/issues50/orgs51"),
    ("GET", "/v28"),
    ("GET", "/pulls16/blobs9/teams0/repos26"),
    ("POST", "/stats60/keys27/xp2"),
    ("DELETE", "/tags1/teams34/files39/stats1"),
    ("GET", "/issues23/pulls32"),
    ("DELETE", "/blobs7/feeds52/keys1/keys56"),
    ("GET", "/issues31/pulls17/xp2/keys42"),
    ("GET", "/teams18/v150/xp2/pulls36"),
    ("GET", "/tags59/xp1/orgs22"),
    ("GET", "/users33"),
    ("GET", "/v211/teams34"),
    ("POST", "/feeds57/xp1/users55"),
    ("PUT", "/v260/jobs33/tags35/tags36"),
    ("DELETE", "/feeds35/posts0"),
    ("DELETE", "/pulls51/jobs10/admin5/v125"),
    ("GET", "/v115/xp1"),
    ("GET", "/tags15/v133/admin10"),
    ("PUT", "/posts17/orgs49/stats24"),
    ("PUT", "/admin21/pulls21/admin45/users15"),
    ("GET", "/users32/teams58/v238/xp3"),
    ("GET", "/repos5/xp1/items17"),
    ("PUT", "/orgs38/items24/feeds15/xp3"),
    ("GET", "/posts60/keys24/teams37/api10"),
    ("DELETE", "/tags3"),
    ("DELETE", "/jobs60/issues33"),
    ("GET", "/posts59"),
    ("POST", "/orgs21/blobs20/xp2/api14"),
    ("DELETE", "/users22/api21/teams16/jobs44"),
    ("GET", "/files15/orgs39"),
    ("GET", "/stats34/users5"),
    ("GET", "/admin4/xp1"),
    ("GET", "/jobs49/jobs17/api10"),
    ("GET", "/v214/repos37/keys46"),
    ("GET", "/jobs41"),
    ("DELETE", "/blobs60/runs39/posts32"),
    ("POST", "/blobs48/users5/issues25"),
    ("GET", "/posts41"),
    ("GET", "/files8/posts51/orgs20/posts18"),
    ("DELETE", "/api48/v120/v25"),
    ("GET", "/teams0/api24/items46/jobs10"),
    ("POST", "/keys54/api32"),
    ("PUT", "/v112/admin52/users16/a/b/c/d/e/f"),
    ("PUT", "/posts50/items49/api44/admin9"),
    ("PUT", "/users18/feeds18/v126"),
    ("DELETE", "/orgs15/admin11"),
    ("GET", "/v111/admin10/issues58"),
    ("GET", "/runs24"),
    ("GET", "/runs5/runs26/stats36"),
    ("GET", "/jobs53"),
    ("GET", "/api52/admin25/feeds21"),
    ("GET", "/repos41/xp1/repos6"),
    ("GET", "/posts49/admin9/users50/xp3"),
    ("GET", "/admin20/feeds34/issues50/jobs20"),
    ("POST", "/orgs22/api38"),
    ("DELETE", "/items7/tags21"),
    ("GET", "/jobs30/files51/xp2/stats17"),
    ("GET", "/blobs19/pulls56"),
    ("GET", "/tags40/feeds11/orgs3/jobs51"),
    ("POST", "/stats36"),
    ("GET", "/stats23"),
    ("POST", "/teams49/users40/v143"),
    ("GET", "/jobs34"),
    ("GET", "/tags50"),
    ("PUT", "/users53/api26"),
    ("DELETE", "/posts9"),
    ("POST", "/admin40/pulls35"),
    ("DELETE", "/blobs21"),
    ("GET", "/blobs14/xp1/xp2/keys56"),
    ("PUT", "/items34/blobs4"),
    ("GET", "/orgs25/jobs36"),
];

fn method(m: &str) -> Method {
    match m {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        _ => Method::Delete,
    }
}

#[test]
fn every_route_resolves_to_itself() {
    for (i, (m, path)) in ROUTES.iter().enumerate() {
        assert_eq!(App::find(method(m), path), Found::Route(i as u16), "{m} {path}");
    }
    assert_eq!(App::find(Method::Get, "/no/such/route/here/at/all"), Found::NotFound);
}

#[test]
fn a_sample_answers_through_the_whole_stack() {
    let c = App::test_client();
    for (m, path) in ROUTES.iter().step_by(97) {
        let r = c.request(method(m), path).send();
        assert_eq!((r.status(), r.text().as_str()), (200, *path), "{m} {path}");
    }
}
