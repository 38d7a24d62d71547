-- wrk script: sends `depth` requests per write (HTTP pipelining), as TechEmpower's plaintext test.
local depth = tonumber(os.getenv("DEPTH") or "16")
init = function(args)
  local r = {}
  for i = 1, depth do r[i] = wrk.format() end
  req = table.concat(r)
end
request = function() return req end
-- Percentiles straight from wrk's histogram, in microseconds, for bench/run's parser (wrk 4.1's own
-- "Latency Distribution" sometimes prints 0 for the 99th percentile).
done = function(summary, latency, requests)
  io.write(string.format("latency-us p50 %d p99 %d max %d\n",
    latency:percentile(50), latency:percentile(99), latency.max))
end
