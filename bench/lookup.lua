-- wrk script for `./landinfo bench lookup`: each wrk thread walks its own slice of the request list
-- (one URL path per line, already shuffled with a fixed seed), so no request is repeated within a run
-- unless a thread exhausts its slice; `done` prints one machine-readable line for bench/lookup.sh.
--
-- Argument (after --): <slice file prefix>; thread i reads <prefix><i> (bench/lookup.sh cuts them).
--
-- init must stay cheap: wrk runs each thread's init on its main thread *after* starting the threads
-- before it, and starts its clock only after the last one, so a slow init lets thread 0 send requests
-- in time that is not counted, a head start that flatters landinfo (the former init split the whole
-- list into a table: tens of ms, seconds under load). So init reads its own slice as one string, and
-- request() cuts the next line and wraps it in the request line and headers that wrk.format makes
-- (built once; bench/slices.lua), which also costs the load generator less CPU than calling wrk.format per request.

package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local slices = require("slices")

local threads = slices.number_threads()

function init(args)
    data, head, tail = slices.read(args[1])
    pos = 1
end

function request()
    local r = slices.next_request()
    if r == nil then -- slice exhausted: start it again, and say so
        wrapped = 1
        pos = 1
        r = slices.next_request()
    end
    return r
end

function done(summary, latency, requests)
    slices.write_summary(summary, latency, "wrapped_threads", slices.count(threads, "wrapped"))
end
