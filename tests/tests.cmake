# Tests: unit tests per module, CLI and golden tests, corpus checks, and
# fuzz runs when the fuzz targets are built.  Corpus tests need
# ../shared/corpora beside the checkout and fail loudly without it.
set(WS_SHARED ${CMAKE_SOURCE_DIR}/../shared CACHE PATH "shared/ folder with corpora")

foreach(t tokenize brat_eval doc cues_model rules edges framing speakers store faults parser threads)
  add_executable(test_${t} tests/unit/test_${t}.c)
  target_include_directories(test_${t} PRIVATE src tests/unit)
  target_link_libraries(test_${t} PRIVATE whosaid_lib)
  add_test(NAME unit_${t} COMMAND test_${t})
endforeach()

add_test(NAME cli COMMAND sh ${CMAKE_SOURCE_DIR}/tests/cli.sh $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR})
add_test(NAME cases COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/cases.py $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR}/tests/cases)
add_test(NAME golden COMMAND sh ${CMAKE_SOURCE_DIR}/tests/golden.sh $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR})
add_test(NAME robust COMMAND sh ${CMAKE_SOURCE_DIR}/tests/robust.sh $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR} ${WS_SHARED})
set_tests_properties(robust PROPERTIES TIMEOUT 600)
add_test(NAME pathological COMMAND sh ${CMAKE_SOURCE_DIR}/tests/pathological.sh $<TARGET_FILE:whosaid>)
set_tests_properties(pathological PROPERTIES TIMEOUT 600 COST 200)
add_test(NAME seed_article COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/seed_check.py $<TARGET_FILE:whosaid> ${WS_SHARED}/examples)
add_test(NAME polnear_ratchet COMMAND sh ${CMAKE_SOURCE_DIR}/tests/ratchet.sh $<TARGET_FILE:whosaid> ${WS_SHARED}/corpora/polnear ${CMAKE_SOURCE_DIR}/tests/floor.tsv)
set_tests_properties(polnear_ratchet PROPERTIES TIMEOUT 900)
add_test(NAME store COMMAND sh ${CMAKE_SOURCE_DIR}/tests/store.sh $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR})
set_tests_properties(store PROPERTIES TIMEOUT 900)
# pronoun sources against CoreNLP coreference, a ratchet (issue bar: 85).
# 80.0 until the tagger read trees: it finds other pronoun sources (207 of
# 244, was fewer), agreement of those 79.7 %, of all 67.6 %.  Session 13:
# 79.5 -> 79.0 against the chains, and a second floor on the hand-read
# referents (tests/coref-adjudicated.tsv), 92.5: a retrained tagger found
# "People like Scott, he said." and gave "he" to Cornell William Brooks,
# who said it; the chain says Scott, the hand-read referent Brooks
# (chains 79.9 -> 79.4, hand-read 92.5 -> 93.0).
add_test(NAME polnear_coref COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/coref_eval.py $<TARGET_FILE:whosaid> ${WS_SHARED}/corpora/polnear 79.5 94.0)
# --format conllu against CoreNLP's parses of dev on whosaid's own tokens
# (the parser's words as its training data writes them), a ratchet
add_test(NAME polnear_parse COMMAND python3 ${CMAKE_SOURCE_DIR}/scripts/parse-agreement.py $<TARGET_FILE:whosaid> ${WS_SHARED}/corpora/polnear/dev/text ${WS_SHARED}/corpora/polnear/dev/conllu 95.3 82.2)
# quotations found (issue bar: 90 %), a ratchet
add_test(NAME polnear_quotes COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/quote_recall.py $<TARGET_FILE:whosaid> ${WS_SHARED}/corpora/polnear 96.5)
add_test(NAME polnear_roundtrip COMMAND sh ${CMAKE_SOURCE_DIR}/tests/roundtrip.sh $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR} ${WS_SHARED})
add_test(NAME html_browser COMMAND sh ${CMAKE_SOURCE_DIR}/tests/html_browser.sh $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR} ${WS_SHARED} ${CMAKE_BINARY_DIR}/screenshots)
add_test(NAME serve_browser COMMAND sh ${CMAKE_SOURCE_DIR}/tests/serve.sh $<TARGET_FILE:whosaid> ${CMAKE_SOURCE_DIR} ${WS_SHARED} ${CMAKE_BINARY_DIR}/screenshots)
set_tests_properties(serve_browser PROPERTIES TIMEOUT 600)
add_test(NAME polnear_clusters COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/cluster_eval.py $<TARGET_FILE:whosaid> ${WS_SHARED}/corpora/polnear 95.0)
# each attribution's confidence against PolNeAR dev: calibration error at
# most 0.06, at least 88 % matched at 0.8 or more
add_test(NAME polnear_confidence COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/calibration.py $<TARGET_FILE:ws_confidence_dump> ${WS_SHARED}/corpora/polnear 0.06 0.88)
# BABE loaded-word F1, a ratchet like the PolNeAR one (floor below)
add_test(NAME babe_loaded_words COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/babe_eval.py $<TARGET_FILE:whosaid> ${WS_SHARED}/corpora/babe/final_labels_SG2.csv 0.405)

# memcheck needs a binary without sanitizers: scripts/test.sh builds one
set(WS_VALGRIND_WHOSAID "" CACHE FILEPATH "a whosaid built without sanitizers, for the valgrind test")
if(WS_VALGRIND_WHOSAID)
  add_test(NAME valgrind COMMAND sh ${CMAKE_SOURCE_DIR}/tests/valgrind.sh ${WS_VALGRIND_WHOSAID} ${CMAKE_SOURCE_DIR} ${WS_SHARED})
  set_tests_properties(valgrind PROPERTIES TIMEOUT 900)
endif()

# one model, documents in parallel threads, under ThreadSanitizer
# (scripts/test.sh builds build-tsan)
set(WS_TSAN_TEST "" CACHE FILEPATH "test_threads built with ThreadSanitizer")
if(WS_TSAN_TEST)
  add_test(NAME threads_tsan COMMAND ${WS_TSAN_TEST})
  set_tests_properties(threads_tsan PROPERTIES ENVIRONMENT "TSAN_OPTIONS=halt_on_error=1:exitcode=66")
endif()

# the installed library, and the Python package over it, need a plain
# build with the shared library (scripts/test.sh passes build-vg)
set(WS_PLAIN_BUILD "" CACHE PATH "a build directory without sanitizers, with libwhosaid.so")
if(WS_PLAIN_BUILD)
  add_test(NAME install COMMAND sh ${CMAKE_SOURCE_DIR}/tests/install.sh ${WS_PLAIN_BUILD})
  add_test(NAME python COMMAND sh ${CMAKE_SOURCE_DIR}/tests/python.sh ${WS_PLAIN_BUILD} ${CMAKE_SOURCE_DIR} ${WS_SHARED})
  # the shipped models retrain to the same bytes (training under the
  # sanitizers would take too long: the plain build trains), in three
  # tests: the parser and word lists (about 40 s), the tagger (about 170 s
  # on one core), the content-edge ranker and confidence model (two half
  # taggers side by side, about 170 s).  The two that train taggers never
  # run together (RESOURCE_LOCK): each reads a table of megabytes at
  # random, and three at once thrashed the shared cache so that the tagger
  # took over 1200 s in a run (session 53).  COST makes ctest start the
  # tagger first, the other tests filling the second core beside it
  foreach(step tagger fits parser)
    add_test(NAME retrain_${step} COMMAND sh ${CMAKE_SOURCE_DIR}/tests/retrain.sh ${WS_PLAIN_BUILD} ${CMAKE_SOURCE_DIR} ${WS_SHARED} ${step})
  endforeach()
  set_tests_properties(retrain_tagger PROPERTIES TIMEOUT 1200 COST 10000 RESOURCE_LOCK tagger_training)
  set_tests_properties(retrain_fits PROPERTIES TIMEOUT 1200 COST 9000 RESOURCE_LOCK tagger_training)
  set_tests_properties(retrain_parser PROPERTIES TIMEOUT 600 COST 1000)
endif()

if(WS_FUZZ)
  set(WS_FUZZ_SECONDS 12 CACHE STRING "seconds per fuzz target in ctest")
  foreach(f jsonl plain brat model query lines conllu metadata)
    add_test(NAME fuzz_${f} COMMAND sh ${CMAKE_SOURCE_DIR}/tests/fuzz.sh $<TARGET_FILE:fuzz_${f}> ${CMAKE_SOURCE_DIR}/tests/fuzz-seeds/${f} ${WS_FUZZ_SECONDS})
    set_tests_properties(fuzz_${f} PROPERTIES TIMEOUT 300)
  endforeach()
endif()
