#!/bin/sh
# Weights that do not fit: a checkpoint of another model, or of this model
# compiled with other shapes, is refused with a message naming the model
# or the first tensor that differs; --init loads any safetensors file with
# the parameter names and refuses one that has none of them; a --batch
# other than the compiled one gives the passc line that recompiles it.
. "$(dirname "$0")/common.sh"
w="$E2E_WORK/other"
rm -rf "$w" && mkdir -p "$w"
expect() { # status pattern command...
    st=$1 pat=$2; shift 2
    set +e; "$@" > "$w/out" 2>&1; got=$?; set -e
    test "$got" -eq "$st" || { cat "$w/out"; fail "$*: exit $got, expected $st"; }
    grep -q -- "$pat" "$w/out" || { cat "$w/out"; fail "$*: no '$pat' in the message"; }
}
M="$PASSC_SOURCE_DIR/models"
"$RUN" train --data "$DATA" --out "$w/a" --steps 1 --seed 7 --device cpu --quiet
ck="$w/a/checkpoint.safetensors"

# Another model: tiny_dino (a CLS token, no PASS head).
"$PASSC" "$M/tiny_dino.yaml" -D batch=8 -o "$w/run_dino"
"$w/run_dino" train --data "$DATA" --out "$w/dino" --steps 1 --device cpu --quiet
expect 1 "checkpoint of model 'tiny_dino', but this executable trains 'tiny_dino_pass'" \
    "$RUN" train --data "$DATA" --out "$w/x" --resume "$w/dino/checkpoint.safetensors" --device cpu
expect 1 "tensor 'student.module.backbone.pos_embed': expected F32\[1,16,16\], the checkpoint has F32\[1,17,16\]" \
    "$RUN" train --data "$DATA" --out "$w/x" --init "$w/dino/checkpoint.safetensors" --device cpu
expect 1 "checkpoint of model 'tiny_dino_pass', but this executable trains 'tiny_dino'" \
    "$w/run_dino" train --data "$DATA" --out "$w/x" --resume "$ck" --device cpu

# The same model with another width: the first tensor is named.
"$PASSC" "$M/tiny_dino_pass.yaml" -D batch=8 -D dim=24 -D heads=2 -o "$w/run_wide"
expect 1 "tensor 'student.module.[a-z_.0-9]*': expected F32\[[0-9,]*24[0-9,]*\], the checkpoint has F32\[[0-9,]*16" \
    "$w/run_wide" train --data "$DATA" --out "$w/x" --resume "$ck" --device cpu

# --init from safetensors: every parameter of the exported student loads
# and changes the run (seed 8 alone gives another first loss).
"$RUN" export "$ck" -o "$w/student.safetensors" --student
nparam=$("$RUN" info | sed -n 's/^parameters: \([0-9]*\) tensors.*/\1/p')
"$RUN" train --data "$DATA" --out "$w/init" --init "$w/student.safetensors" --steps 1 --seed 8 --device cpu > "$w/init.out"
grep -q "^loaded $nparam parameter tensors from" "$w/init.out" || { cat "$w/init.out"; fail "--init loaded not all $nparam"; }
"$RUN" train --data "$DATA" --out "$w/fresh" --steps 1 --seed 8 --device cpu --quiet
losses "$w/init/log.jsonl" > "$w/l_init"
losses "$w/fresh/log.jsonl" > "$w/l_fresh"
cmp -s "$w/l_init" "$w/l_fresh" && fail "--init had no effect on the loss"
"$RUN" export "$ck" -o "$w/timm.safetensors" --timm
expect 1 "none of the [0-9]* tensors is a parameter of 'tiny_dino_pass' (expected keys like" \
    "$RUN" train --data "$DATA" --out "$w/x" --init "$w/timm.safetensors" --device cpu

# --batch: the message holds the whole passc line (the -D of e2e/setup.sh).
expect 1 "recompile with:" "$RUN" train --data "$DATA" --batch 16
grep -q "passc .*tiny_dino_pass.yaml.* -D batch=16 -o " "$w/out" || { cat "$w/out"; fail "no passc line"; }
if "$PASSC" --help | grep -q -- "--target="; then # passc records its -D options (tools/write_run.h)
    grep -q -- "-D epochs=40 -D base_lr=0.005 -D warmup_epochs=2 -D teacher_temp_epochs=1 -D batch=16 -o" "$w/out" ||
        { cat "$w/out"; fail "the passc line lost the -D options"; }
fi
exit 0
