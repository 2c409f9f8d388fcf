-- wrk script for `./landinfo bench maps`: each wrk thread walks its own slice of the request list and never
-- wraps, on the clock of walk.lua (shared with features.lua: why a thread stops rather than wraps, and how
-- the rate is counted). It also reads every response: a map that answers 200 with an XML exception, or with
-- something that is not the format asked for, is as wrong as a 500, so it counts as bad and invalidates the
-- line.
--
-- Arguments (after --): <slice file prefix> <kind>; thread i reads <prefix><i>; kind is
--   png  GetMap: 200, Content-Type image/png, the PNG signature;
--   gml  GetFeatureInfo: 200, an XML or GML Content-Type, no ServiceException in the body;
--   mvt  vector tile: 200, Content-Type application/vnd.mapbox-vector-tile (or MapServer's
--        application/x-protobuf), a non-empty body (every requested tile holds parcels).

package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local walk = require("walk")

local PNG = "\137PNG\r\n\26\n"

walk.init = function(args)
    kind = args[2]
end

walk.install(function(status, ct, body)
    if kind == "png" then
        return ct:sub(1, 9) == "image/png" and body:sub(1, 8) == PNG
    elseif kind == "gml" then
        return (ct:find("xml", 1, true) or ct:find("gml", 1, true)) and not body:find("ServiceException", 1, true)
    else
        return (ct:sub(1, 34) == "application/vnd.mapbox-vector-tile" or ct:sub(1, 22) == "application/x-protobuf") and #body > 0
    end
end)
