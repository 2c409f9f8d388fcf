-- Shared by every lane's wrk script (walk.lua for maps and features, lookup.lua, transactions.lua): how the
-- threads are numbered, how a thread reads its own slice of the request list, and the summary line the lanes'
-- shell scripts read (common.sh: wrk_field, wrk_bad, wrk_result). What a thread does at the end of its slice
-- stays the lane's own: walk.lua stops, lookup.lua wraps, transactions.lua sends a cheap uncounted request.
--
-- Loaded with require("slices") once the script has put its own folder on package.path (as features.lua does).

local slices = {}

-- Defines wrk's setup(): every thread gets the global `id` 0, 1, ... (the slice it reads) and is kept in the list
-- returned, which done() (run on the main thread) reads the threads' globals from.
function slices.number_threads()
    local threads = {}
    local counter = 0
    function setup(thread)
        thread:set("id", counter)
        counter = counter + 1
        table.insert(threads, thread)
    end
    return threads
end

-- For init: this thread's slice file <prefix><id> as one string (one path with its query string per line), and
-- the request line and headers that wrk.format makes, cut around the path (built once: request() then costs a
-- string cut and a concatenation, less load-generator CPU than calling wrk.format per request). init stays cheap.
function slices.read(prefix)
    local file = assert(io.open(prefix .. id, "rb"))
    local data = file:read("*a")
    file:close()
    local sample = wrk.format("GET", "/\1")
    local cut = sample:find("/\1", 1, true)
    return data, sample:sub(1, cut - 1), sample:sub(cut + 2)
end

-- For request(): the request for the next line of the slice read by slices.read (the thread's globals data, head,
-- tail; pos moves past the line), or nil at the end of the slice, where each lane does what it does.
function slices.next_request()
    local e = data:find("\n", pos, true)
    if e == nil then return nil end
    local path = data:sub(pos, e - 1)
    pos = e + 1
    return head .. path .. tail
end

-- How many threads set the global `name` (to anything but 0): those that wrapped or exhausted their slice.
function slices.count(threads, name)
    local n = 0
    for _, thread in ipairs(threads) do
        local v = thread:get(name)
        if v ~= nil and v ~= 0 then n = n + 1 end
    end
    return n
end

-- The summary line of a lane that counts wrk's own requests and duration: "WRK requests=... <name>=<count> ...".
function slices.write_summary(summary, latency, name, count)
    io.write(string.format("WRK requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d %s=%d p50_us=%d p99_us=%d\n",
        summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
        summary.errors.write, summary.errors.timeout, name, count, latency:percentile(50), latency:percentile(99)))
end

return slices
