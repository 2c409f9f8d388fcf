-- Shared by the wrk scripts of the lanes that compare landinfo with a peer (maps.lua, features.lua): each wrk
-- thread walks its own slice of the request list (one path with its query string per line, drawn with a
-- fixed seed) and never wraps: a cache would answer a repeated request, so when its slice is exhausted the
-- thread stops ("exhausted") and the run ends there for it. wrk's own rate divides by the whole -d duration
-- even then, so the walk keeps its own clock (CLOCK_MONOTONIC through LuaJIT's ffi, one clock for all
-- threads): the rate is the responses after the first one over the time from the first response to the
-- last, a steady-state measure that needs no start signal (wrk also calls request() once on thread 0 before
-- the run, to check the script: that call uses up one line, never sent, and would have started a
-- request-based clock too early). A response the lane's check refuses counts as bad and invalidates the line.
--
-- A script installs it with walk.install(check, on_response): check(status, content_type, body) -> true when
-- the answer is acceptable; on_response(status, content_type, body), if given, sees every counted answer.
-- init(args) reads args[1] .. thread id as the slice; the script's own arguments follow (args[2]...).
-- init stays cheap: this clock starts at each thread's first response, so a slow init could not flatter
-- either side, but it would still delay the run.

local ffi = require("ffi")
-- the threads and their slices (bench/slices.lua), found on the path the script that requires this one set
local slices = require("slices")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")

local walk = {}

function walk.now_us()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
    return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

function walk.install(check, on_response)
    local threads = slices.number_threads()

    function init(args)
        data, head, tail = slices.read(args[1])
        script_args = args
        pos = 1
        bad = 0
        counted = 0
        if walk.init then walk.init(args) end
    end

    function request()
        local r = slices.next_request()
        if r then return r end
        -- slice exhausted: stop this thread rather than repeat a request. wrk still wants a request for
        -- this connection; "/" costs either server next to nothing and its answer is never counted.
        if not exhausted then
            exhausted = 1
            wrk.thread:stop()
        end
        return head .. "/" .. tail
    end

    function response(status, headers, body)
        if exhausted then return end
        counted = counted + 1
        last_us = walk.now_us()
        if first_us == nil then first_us = last_us end
        local ct = ""
        for name, value in pairs(headers) do
            if name:lower() == "content-type" then
                ct = value:lower()
                break
            end
        end
        if status ~= 200 or not check(status, ct, body) then
            bad = bad + 1
            if first_bad == nil then -- the first one, for the report: status, type and the start of the body
                first_bad = status .. " " .. ct .. " " .. body:sub(1, 160):gsub("[%c%s]+", " ")
            end
        end
        if on_response then on_response(status, ct, body) end
    end

    function done(summary, latency, requests)
        local exhausts, bads, n, first, last, sample = 0, 0, 0, nil, nil, nil
        for _, thread in ipairs(threads) do
            if thread:get("exhausted") then exhausts = exhausts + 1 end
            bads = bads + (thread:get("bad") or 0)
            n = n + (thread:get("counted") or 0)
            local f, l = thread:get("first_us"), thread:get("last_us")
            if f and (first == nil or f < first) then first = f end
            if l and (last == nil or l > last) then last = l end
            sample = sample or thread:get("first_bad")
        end
        -- the interval starts at the first response of all, which is therefore not counted in it
        local duration = summary.duration
        if first and last and last > first and n > 1 then
            duration = last - first
            n = n - 1
        end
        -- non2xx carries every response the script refused (non-200 included), so wrk_bad in common.sh counts it
        io.write(string.format("WRK requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d exhausted_threads=%d p50_us=%d p99_us=%d wrk_requests=%d wrk_duration_us=%d bytes=%d\n",
            n, duration, bads, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
            exhausts, latency:percentile(50), latency:percentile(99), summary.requests, summary.duration, summary.bytes))
        if sample then
            io.write("WRKBAD " .. sample .. "\n")
        end
    end
end

return walk
