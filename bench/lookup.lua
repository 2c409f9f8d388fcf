-- wrk script for `./landinfo bench lookup`: each wrk thread walks its own slice of the request list
-- (one URL path per line, already shuffled with a fixed seed), so no request is repeated within a run
-- unless a thread exhausts its slice; `done` prints one machine-readable line for bench/lookup.sh.
--
-- Arguments (after --): <paths file> <number of threads> <start offset>

local paths = {}
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    for line in io.lines(args[1]) do
        paths[#paths + 1] = line
    end
    local slice = math.floor(#paths / tonumber(args[2]))
    first = (tonumber(args[3]) + id * slice) % #paths
    slice_size = slice
    sent = 0
end

function request()
    local path = paths[(first + sent) % #paths + 1]
    sent = sent + 1
    if sent > slice_size then wrapped = 1 end
    return wrk.format("GET", path)
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
