-- wrk script for `./landinfo bench features`: each wrk thread walks its own slice of the request list and never
-- wraps, on the clock of walk.lua (shared with maps.lua: why a thread stops rather than wraps, and how the rate
-- is counted). Every answer is read: a 200 carrying an exception report, or a body that is not the format asked
-- for, counts as bad and invalidates the line. The features of each answer are counted and written, one line per
-- answer ("<features> <bytes>"), to <counts prefix><thread id>: the lane runs one connection per thread, so the
-- n-th line answers the n-th request of the thread's slice, and after the runs it compares each request's count
-- on both sides (a server that answers fast by answering less is caught there).
--
-- Arguments (after --): <slice file prefix> <kind> <counts prefix>; thread i reads <slice prefix><i>; kind is
--   json  GeoJSON (WFS outputFormat GeoJSON, OGC API items): a JSON Content-Type, a FeatureCollection, no
--         exception; features are the members of type "Feature";
--   gml   GML 3.2 (WFS 2.0): an XML or GML Content-Type, a wfs:FeatureCollection, no ExceptionReport;
--         features are the wfs:member elements.

package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local walk = require("walk")

-- plain-text occurrences of needle in s
local function occurrences(s, needle)
    local n, at = 0, 1
    while true do
        local i = s:find(needle, at, true)
        if i == nil then return n end
        n = n + 1
        at = i + #needle
    end
end

walk.init = function(args)
    kind = args[2]
    counts = assert(io.open(args[3] .. id, "w"))
end

walk.install(function(status, ct, body)
    if kind == "json" then
        return ct:find("json", 1, true) and body:find("FeatureCollection", 1, true)
            and not body:find("\"code\"", 1, true) and not body:find("ExceptionReport", 1, true)
    else
        return (ct:find("xml", 1, true) or ct:find("gml", 1, true)) and body:find("FeatureCollection", 1, true)
            and not body:find("ExceptionReport", 1, true)
    end
end, function(status, ct, body)
    -- GeoJSON writers differ in spacing ("type":"Feature" or "type": "Feature"), never in the quoted value
    local n = kind == "json" and occurrences(body, "\"Feature\"") or occurrences(body, "<wfs:member>")
    counts:write(n, " ", #body, "\n")
    counts:flush()
end)
