"""Writes chopin/tests/many_routes.rs: an app! with 2,000 routes (static, :param, *rest,
several methods) and a test that every route resolves to itself. Deterministic (fixed seed)."""
import random
import os

random.seed(7)
WORDS = ["users", "posts", "orgs", "teams", "items", "files", "admin", "api", "v1", "v2",
         "stats", "feeds", "tags", "blobs", "repos", "issues", "pulls", "keys", "jobs", "runs"]
routes, seen = [], set()
while len(routes) < 2000:
    depth = random.randint(1, 4)
    segs = []
    for d in range(depth):
        if d > 0 and random.random() < 0.18:
            segs.append(":p%d" % d)  # one name per position, as app! requires
        else:
            segs.append(random.choice(WORDS) + str(random.randint(0, 60)))
    if random.random() < 0.05:
        segs.append("*rest")
    shape = "/".join(":" if s[0] == ":" else ("*" if s[0] == "*" else s) for s in segs)
    method = random.choice(["GET", "GET", "GET", "POST", "PUT", "DELETE"])
    if (method, shape) in seen:
        continue
    seen.add((method, shape))
    routes.append((method, "/" + "/".join(segs)))


def concrete(path):
    # Parameters become `x…` (no static word starts with x); a rest takes six segments, deeper
    # than any route without one, so no other route can claim the same request.
    out = []
    for s in path.split("/"):
        if s.startswith(":"):
            out.append("x" + s[1:])
        elif s.startswith("*"):
            out.append("a/b/c/d/e/f")
        else:
            out.append(s)
    return "/".join(out)


src = ["//! 2,000 routes (static, `:param` and `*rest`, several methods) written by",
       "//! `gen_many_routes.py` beside it: every one builds and resolves to itself.", "",
       "use chopin::router::Found;", "use chopin::Method;", "",
       "fn h(cx: &chopin::router::Context<'_>) -> String {", "    cx.path().to_string()", "}", "",
       "chopin::app! {"]
src += ['    %s "%s" => h;' % r for r in routes]
src += ["}", "", "/// Every declared route in order: (method, a concrete path that reaches it).",
        "const ROUTES: [(&str, &str); %d] = [" % len(routes)]
src += ['    ("%s", "%s"),' % (m, concrete(p)) for m, p in routes]
src += ["];", """
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
}"""]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "many_routes.rs"), "w") as f:
    f.write("\n".join(src) + "\n")
