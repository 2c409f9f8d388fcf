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
-- (built once), which also costs the load generator less CPU than calling wrk.format per request.

local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    local file = assert(io.open(args[1] .. id, "rb"))
    data = file:read("*a")
    file:close()
    pos = 1
    local sample = wrk.format("GET", "/\1")
    local cut = sample:find("/\1", 1, true)
    head, tail = sample:sub(1, cut - 1), sample:sub(cut + 2)
end

function request()
    local e = data:find("\n", pos, true)
    if e == nil then -- slice exhausted: start it again, and say so
        wrapped = 1
        pos = 1
        e = data:find("\n", pos, true)
    end
    local path = data:sub(pos, e - 1)
    pos = e + 1
    return head .. path .. tail
end

function done(summary, latency, requests)
    local wraps = 0
    for _, thread in ipairs(threads) do
        if thread:get("wrapped") then wraps = wraps + 1 end
    end
    io.write(string.format("WRK requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d wrapped_threads=%d p50_us=%d p99_us=%d\n",
        summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
        summary.errors.write, summary.errors.timeout, wraps, latency:percentile(50), latency:percentile(99)))
end
