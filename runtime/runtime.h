/* runtime.h — the runtime library of passc (what `-o run` executables are
 * made of): image decoding, the multi-crop augmentation of spec section 6,
 * the ImageFolder dataset with its threaded loader, and safetensors
 * checkpoints.
 *
 * Sections follow the source files: image.c, augment.c, dataset.c,
 * safetensors.c.  Functions that take a Ctx report user errors through it
 * as `path: error: message` and return false/NULL.  Functions meant to run
 * on worker threads take no Ctx (a Ctx is not thread-safe); they return
 * false and write a message into a caller's buffer instead. */
#ifndef PASSC_RUNTIME_H
#define PASSC_RUNTIME_H

#include "ir/ir.h"

/* ------------------------------------------------------------- image.c */

/* An 8-bit RGB image, rows top to bottom, 3 bytes per pixel, no padding. */
typedef struct RtImage {
    int w, h;
    uint8_t *px; /* malloc'ed, w*h*3 */
} RtImage;

/* Decodes a JPEG or PNG held in memory (the format is told by its magic
 * bytes) to RGB.  Gray is replicated, alpha dropped (as PIL's
 * convert("RGB")), palettes expanded, 16-bit samples cut to their high
 * byte.  Thread-safe; on failure writes a message into err and returns
 * false. */
bool rt_image_decode(const uint8_t *buf, size_t len, RtImage *out, char *err, size_t nerr);
/* Reads a whole file into a malloc'ed buffer (thread-safe). */
bool rt_file_read(const char *path, uint8_t **buf, size_t *len, char *err, size_t nerr);
/* rt_file_read + rt_image_decode, reporting `path: error: ...` through cx. */
bool rt_image_load(Ctx *cx, const char *path, RtImage *out);
bool rt_image_alloc(RtImage *im, int w, int h); /* uninitialised pixels */
void rt_image_free(RtImage *im);
/* Encoders (tests and tools/gendata): channels is 1 (gray) or 3 (RGB); PNG
 * also takes 4 (RGBA).  quality is 1..100. */
bool rt_image_write_jpeg(Ctx *cx, const char *path, const uint8_t *px, int w, int h,
                         int channels, int quality);
bool rt_image_write_png(Ctx *cx, const char *path, const uint8_t *px, int w, int h,
                        int channels);

/* ----------------------------------------------------------- augment.c */

/* The random stream of one crop: Philox-4x32-10 with key = seed and
 * counter = {draw/4, crop, image, epoch}; draw number n is word n%4.  Every
 * transform reads fixed draw numbers (RT_DRAW_*), so its decision never
 * depends on how many numbers another transform used, and no stream
 * depends on thread scheduling. */
typedef struct RtRng {
    uint64_t seed;
    uint32_t epoch, image, crop;
} RtRng;

enum {
    RT_DRAW_RRC = 0,      /* 2 per attempt, 10 attempts */
    RT_DRAW_RRC_POS = 20, /* top, left */
    RT_DRAW_FLIP = 24,
    RT_DRAW_JITTER = 25,  /* apply? */
    RT_DRAW_JITTER_PERM = 26, /* 3 draws: Fisher-Yates of 4 */
    RT_DRAW_JITTER_FACTOR = 30, /* brightness, contrast, saturation, hue */
    RT_DRAW_GRAY = 34,
    RT_DRAW_BLUR = 35,    /* apply?, then sigma */
    RT_DRAW_SOLARIZE = 37,
};

/* Draw number n of the stream as a uniform in [0, 1) (24 bits). */
double rt_rng_uniform(const RtRng *r, uint32_t n);
/* Draw number n as a full 32-bit word. */
uint32_t rt_rng_word(const RtRng *r, uint32_t n);

/* One crop position's pipeline (spec section 6). */
typedef struct RtCropSpec {
    int size;                       /* output side, e.g. 224 or 96 */
    double scale_lo, scale_hi;      /* RandomResizedCrop area fraction */
    double ratio_lo, ratio_hi;      /* aspect ratio range, (3/4, 4/3) */
    double flip_p, jitter_p, gray_p, blur_p, solarize_p;
    double brightness, contrast, saturation, hue; /* ColorJitter strengths */
    double blur_sigma_lo, blur_sigma_hi;          /* (0.1, 2.0) */
} RtCropSpec;

/* DINO's defaults for the three crop kinds of spec section 6 (DINO scales;
 * callers change scale_lo/hi for SelfPatch). */
RtCropSpec rt_crop_global1(int size);
RtCropSpec rt_crop_global2(int size);
RtCropSpec rt_crop_local(int size);

/* A crop box inside the source image. */
typedef struct RtBox {
    int top, left, h, w;
} RtBox;

/* torchvision 0.8 RandomResizedCrop.get_params with the stream's draws. */
RtBox rt_rrc_params(const RtRng *r, int W, int H, double scale_lo, double scale_hi,
                    double ratio_lo, double ratio_hi);
/* PIL's bicubic resize (Resample.c, 22-bit fixed point) of box of src to
 * dst (dst->w/h and px set by the caller).  false on out of memory. */
bool rt_resize_bicubic(const RtImage *src, RtBox box, RtImage *dst);
void rt_hflip(RtImage *im);
/* PIL ImageEnhance semantics on uint8 RGB (Image.blend truncation). */
void rt_adjust_brightness(RtImage *im, double f);
void rt_adjust_contrast(RtImage *im, double f);
void rt_adjust_saturation(RtImage *im, double f);
/* torchvision's PIL adjust_hue: H of PIL's HSV shifted by
 * uint8(hue*255) mod 256. */
void rt_adjust_hue(RtImage *im, double hue);
/* PIL "L" conversion replicated to the three channels. */
void rt_grayscale(RtImage *im);
uint8_t rt_luma(uint8_t r, uint8_t g, uint8_t b);
/* PIL GaussianBlur(radius): three extended box-blur passes per axis. */
bool rt_gaussian_blur(RtImage *im, double radius);
void rt_solarize(RtImage *im, int threshold);
/* ToTensor + Normalize into CHW floats (3*h*w). */
void rt_to_tensor(const RtImage *im, const float mean[3], const float std[3], float *out);

/* The whole pipeline for one crop: RRC, flip, jitter, gray, blur,
 * solarize, normalize into out (3*size*size floats).  scratch is reused
 * between calls (free with rt_image_free).  false on out of memory. */
bool rt_augment_crop(const RtCropSpec *s, const RtImage *src, const RtRng *r,
                     const float mean[3], const float std[3], RtImage *scratch, float *out);

/* ----------------------------------------------------------- dataset.c */

/* An ImageFolder: class sub-folders of root (sorted by name; files found
 * recursively inside each) or, when root has no sub-folder, a flat folder
 * of images with one class.  Files: .jpg .jpeg .png, any case; sorted. */
typedef struct RtDataset {
    char *root;
    char **paths;    /* n full paths */
    int32_t *labels; /* n class indices */
    int64_t n;
    char **classes;  /* nclasses names ("" for a flat folder) */
    int32_t nclasses;
} RtDataset;

bool rt_dataset_open(Ctx *cx, const char *root, RtDataset *ds);
void rt_dataset_free(RtDataset *ds);

/* DistributedSampler(shuffle, seed, drop_last) for one epoch: writes this
 * rank's sample indices into out (capacity n) and returns their count,
 * n/world rounded down.  The permutation is a Fisher-Yates shuffle drawn
 * from Philox keyed by seed + epoch (as the sampler seeds its generator). */
int64_t rt_sampler_epoch(int64_t n, uint64_t seed, uint32_t epoch, int rank, int world,
                         int64_t *out);

typedef struct RtLoaderConfig {
    const RtDataset *ds;
    const RtCropSpec *crops; /* one per crop position, in batch order */
    int ncrops;
    int batch;         /* images per batch (per rank) */
    uint64_t seed;
    uint32_t first_epoch;
    int workers;       /* >= 1 */
    int prefetch;      /* batches in flight, >= 1 */
    int rank, world;   /* 0, 1 without distribution */
    float mean[3], std[3];
} RtLoaderConfig;

/* One batch.  data holds the crop positions one after another, crop c at
 * data + off[c] as [batch, 3, size_c, size_c]; consecutive positions of
 * one size therefore form one [k*batch, 3, S, S] tensor with crop c in
 * rows c*batch .. (c+1)*batch ("crop-major", spec 3.2). */
typedef struct RtBatch {
    float *data;
    size_t *off;       /* ncrops offsets, in floats */
    size_t numel;      /* floats in data */
    int32_t *labels;   /* batch labels */
    int64_t *index;    /* batch dataset indices (after corrupt-file skips) */
    uint32_t epoch;
    int64_t step;      /* batch number since the loader started */
    int64_t step_in_epoch;
} RtBatch;

typedef struct RtLoader RtLoader;

/* Starts the worker threads.  Errors (bad config, too few images for one
 * batch) are reported through cx. */
RtLoader *rt_loader_new(Ctx *cx, const RtLoaderConfig *cfg);
/* Batches per epoch (drop_last). */
int64_t rt_loader_batches_per_epoch(const RtLoader *ld);
/* Waits for the next batch in order.  The batch stays valid until the next
 * call.  Unreadable images met since the last call are reported on cx as
 * warnings, once per file.  false after an error (every image unreadable). */
const RtBatch *rt_loader_next(RtLoader *ld);
/* Distinct unreadable files met so far. */
int64_t rt_loader_skipped(RtLoader *ld);
void rt_loader_free(RtLoader *ld);

/* ------------------------------------------------------- safetensors.c */

typedef enum StDType {
    ST_BOOL, ST_U8, ST_I8, ST_I16, ST_U16, ST_F16, ST_BF16, ST_I32, ST_U32,
    ST_F32, ST_F64, ST_I64, ST_U64, ST_F8_E4M3, ST_F8_E5M2, ST_COUNT
} StDType;

const char *st_dtype_name(StDType dt); /* "F32" */
size_t st_dtype_size(StDType dt);

typedef struct SafeTensor {
    char *name;
    StDType dt;
    int rank;
    int64_t shape[IR_MAX_RANK];
    uint64_t begin, end;   /* byte range inside the data section */
    const uint8_t *data;   /* points into the file's buffer */
} SafeTensor;

typedef struct SafeFile {
    char *path;
    uint8_t *buf;   /* whole file */
    size_t len;
    SafeTensor *t;  /* in header order */
    int n;
    char **meta;    /* nmeta key, value pairs: meta[2i], meta[2i+1] */
    int nmeta;
} SafeFile;

/* Reads and validates a whole file: header length bounds, JSON syntax,
 * dtypes, shapes, offsets inside the data and covering it without gaps or
 * overlaps.  Errors: `path: error: tensor 'name': ...`. */
bool rt_safetensors_read(Ctx *cx, const char *path, SafeFile *f);
/* Parses a file image already in memory (takes ownership of buf). */
bool rt_safetensors_parse(Ctx *cx, const char *path, uint8_t *buf, size_t len, SafeFile *f);
void rt_safetensors_free(SafeFile *f);
const SafeTensor *rt_safetensors_find(const SafeFile *f, const char *name);
/* The tensor called name with exactly this dtype and shape, or NULL after
 * `path: error: tensor 'name': ...` (missing, wrong dtype or shape). */
const SafeTensor *rt_safetensors_expect(Ctx *cx, const SafeFile *f, const char *name,
                                        StDType dt, int rank, const int64_t *shape);
/* Value of a metadata key, or NULL. */
const char *rt_safetensors_meta(const SafeFile *f, const char *key);

typedef struct SafeTensorIn {
    const char *name;
    StDType dt;
    int rank;
    const int64_t *shape;
    const void *data; /* numel * dtype size bytes */
} SafeTensorIn;

/* Writes path atomically: path.tmp, fflush, fsync, rename, fsync of the
 * folder.  meta holds nmeta key, value pairs (may be NULL). */
bool rt_safetensors_write(Ctx *cx, const char *path, const SafeTensorIn *t, int n,
                          const char *const *meta, int nmeta);

/* ====================================================== the launcher (runexe)
 * schedule.c, init.c, launcher.c, checkpoint.c, train.c: what ./run does
 * around the compiled step (docs/run.md, docs/bundle.md). */
#include "runtime/cpu.h"

enum { RT_MAX_SCHED = 16, RT_MAX_CROPSETS = 8, RT_MAX_CROPS = 16, RT_MAX_LOSSES = 16 };

/* ---------------------------------------------------------- schedule.c */

typedef enum RtSchedKind { RT_SCHED_COSINE, RT_SCHED_LINEAR, RT_SCHED_CONSTANT } RtSchedKind;

typedef struct RtSched {
    char name[64];
    RtSchedKind kind;
    double base, final, start;
    int64_t warmup_epochs;
    bool per_epoch;
} RtSched;

/* A crop set: count crops of size x size; p[j] = flip, jitter, gray, blur,
 * solarize probabilities of crop j. */
typedef struct RtCropSet {
    char name[64];
    int count, size;
    double scale_lo, scale_hi;
    double p[RT_MAX_CROPS][5];
} RtCropSet;

/* The bundle's `config` section. */
typedef struct RtConfig {
    char model[128], source[512];
    int64_t batch, epochs;
    RtSched sched[RT_MAX_SCHED];
    int nsched;
    RtCropSet crops[RT_MAX_CROPSETS];
    int ncrops;
    struct { char name[64]; double weight; } loss[RT_MAX_LOSSES];
    int nloss;
    char defines[2048];  /* passc's -D NAME=VALUE at compile time, space-separated */
} RtConfig;

/* Spec 5.3 (cosine with warmup) and 3.5 (linear) at (epoch, iteration);
 * per-epoch schedules ignore iter.  The same formula as passes/step.c. */
double rt_sched_at(const RtSched *s, int64_t epochs, int64_t iters_per_epoch, int64_t epoch, int64_t iter);
bool rt_config_parse(Ctx *cx, const char *text, size_t len, RtConfig *c);
const RtSched *rt_config_sched(const RtConfig *c, const char *name);

/* -------------------------------------------------------------- init.c */

/* Fills n elements of dtype dt from an init string (zeros, ones,
 * constant(v), uniform_fan_in(n), trunc_normal(std)) with counter-based
 * draws keyed by (seed, index, element) (atop init.c). */
bool rt_init_fill(Ctx *cx, const char *name, const char *init, uint64_t seed, uint32_t index, DType dt,
                  void *out, int64_t n);

/* ------------------------------------------------ device.c (sections) */

enum { RT_MAX_ARCHS = 8 };

/* The bundle's CUDA sections (docs/bundle.md): cuda.src, cuda.info and
 * per arch cubin.sm_XX, an NVRTC cache entry (runtime/nvrtc.c's format)
 * stored under key. */
typedef struct RtCudaSections {
    bool present;                 /* cuda.info and cuda.src are there */
    size_t src_bytes;
    char nvrtc[32];               /* NVRTC version that compiled the CUBINs */
    int narch;
    int arch[RT_MAX_ARCHS];
    size_t cubin_bytes[RT_MAX_ARCHS];
    char key[RT_MAX_ARCHS][65];
    const BundleSection *sec[RT_MAX_ARCHS];
} RtCudaSections;

/* Parses cuda.info and checks each cubin section against it; absent
 * sections give present = false.  False after a diagnostic (damaged). */
bool rt_cuda_sections(Ctx *cx, const Bundle *b, RtCudaSections *cs);
int rt_cuda_sections_find(const RtCudaSections *cs, int arch); /* index or -1 */
/* The CUBIN cache folder as runtime/nvrtc.c resolves it ($PASSC_CACHE_DIR,
 * $XDG_CACHE_HOME/passc, ~/.cache/passc), created; false if unusable. */
bool rt_cubin_cache_dir(char *dir, size_t n);

/* ---------------------------------------------------------- launcher.c */

typedef struct RtGpu RtGpu;

typedef struct RtOpenOptions {
    bool exec;          /* link the code and allocate the arenas (not for info) */
    bool force_bitcode; /* compile the kernels from bitcode even if cpu.o fits */
    const char *device; /* cpu, cuda or auto (NULL: cpu); with exec */
    const char *prog;   /* prefix of the one-line device notes */
    FILE *notes;        /* where they go (NULL: stderr) */
    int threads;        /* the CPU step's threads (0: every core this process may use) */
} RtOpenOptions;

typedef struct RtModel {
    Ctx *cx;
    Bundle b;
    RtConfig cfg;
    Graph *g;
    KernelProgram *kp;
    HostExec *x;
    int threads;        /* the CPU step's threads (0 on CUDA) */
    char *target;
    uint64_t graph_hash;
    NodeId sched_in[RT_MAX_SCHED], crop_in[RT_MAX_CROPSETS], term_out[RT_MAX_LOSSES];
    NodeId seed_in, epoch_in, loss_out, finite_out;
    double load_sec, jit_sec;
    RtCudaSections cuda;
    RtGpu *gpu;          /* the step runs on CUDA (device.c); NULL: on the CPU */
    bool host_newer;     /* CUDA: params/state changed on the host since the upload */
    bool dev_newer;      /* CUDA: the device ran steps since the last download */
    char device[320];    /* what runs the step, for people */
    double step_flops;   /* matmul FLOPs of one step */
} RtModel;

/* Reads the bundle at the end of exe and, with o->exec, readies the step
 * on the device o->device picks (CUDA, else the CPU: a one-line note says
 * why when CUDA was asked for or auto found none). */
bool rt_model_open(Ctx *cx, const char *exe, const RtOpenOptions *o, RtModel *rm);
/* One step on the model's device; afterwards the loss, its terms and the
 * finite flag are in the host buffers (rt_out_scalar).  The same as
 * inputs_end, launch, finish. */
bool rt_model_run(RtModel *rm);
/* The step in pieces, for a loop that prepares step n+1 while step n runs
 * (train.c):  inputs_begin (wait until the input buffers may be
 * rewritten), write the inputs, inputs_end (CUDA: their upload starts),
 * launch (CUDA: returns at once; the CPU runs the step), finish (the loss
 * is on the host).  Between launch and finish the next step's inputs may
 * be written, between inputs_begin and inputs_end. */
bool rt_model_inputs_begin(RtModel *rm);
/* One step with every kernel timed (./run bench --profile): sec[k] the
 * seconds of kernel k, by the clock on the CPU, by CUDA events on CUDA. */
bool rt_model_run_profiled(RtModel *rm, double *sec);
bool rt_model_inputs_end(RtModel *rm);
bool rt_model_launch(RtModel *rm);
bool rt_model_finish(RtModel *rm);
/* Makes the host copy of params and state current (CUDA: downloads it
 * when the device ran steps since); rt_model_mark_host after the host
 * changed them (the next run uploads). */
bool rt_model_sync_host(const RtModel *rm);
void rt_model_mark_host(const RtModel *rm);
void rt_model_close(RtModel *rm);
NodeId rt_model_find(const RtModel *rm, Op op, const char *name);
/* The bytes of a leaf's buffer (an output: of its value); NULL if none. */
void *rt_model_buf(const RtModel *rm, NodeId id, size_t *bytes);
/* Params from their init strings, then state (teacher = copy). */
bool rt_model_init(RtModel *rm, uint64_t seed);
/* Re-applies the "copy(p)" initialisers (teacher = student after --init). */
bool rt_model_init_teacher(RtModel *rm);

/* -------------------------------------------------------- checkpoint.c */

/* Where a run is: next global iteration, the epochs the schedules span,
 * the run's seed (every random stream derives from it and the step). */
typedef struct RtRunPos {
    int64_t step, epochs;
    uint64_t seed;
} RtRunPos;

void rt_ckpt_key(const Node *leaf, char *out, size_t len); /* table atop checkpoint.c */
StDType rt_st_dtype(DType dt);
bool rt_ckpt_save(const RtModel *rm, const char *path, const RtRunPos *pos);
bool rt_ckpt_load(const RtModel *rm, const char *path, RtRunPos *pos);
int rt_ckpt_init_from(const RtModel *rm, const char *path);
bool rt_ckpt_export(Ctx *cx, const char *ckpt, const char *out, bool timm, bool student);

/* -------------------------------------------------- device.c (CUDA run) */

struct RtCudaInfo;
/* Whether o->device asks for CUDA and it is usable (driver, device,
 * NVRTC); otherwise prints the one-line note why not (not for cpu). */
bool rt_device_choose(RtModel *rm, const RtOpenOptions *o, struct RtCudaInfo *info);
/* The GPU executor for rm->kp, with the bundle's CUBIN for the device's
 * arch put in the CUBIN cache first.  NULL with a line in why. */
RtGpu *rt_gpu_open(RtModel *rm, const struct RtCudaInfo *info, char *why, size_t nwhy);
void rt_gpu_close(RtGpu *g);
void rt_gpu_describe(const RtGpu *g, char *out, size_t n);
bool rt_gpu_put_leaves(RtGpu *g, const RtModel *rm); /* params, state: host -> device */
bool rt_gpu_get_leaves(RtGpu *g, const RtModel *rm); /* device -> host */
/* The step in the pieces the training loop overlaps (launcher.c's
 * rt_model_* below): wait until the host input arena may be rewritten;
 * send it up; launch the step; wait and bring loss/terms/finite down. */
bool rt_gpu_inputs_writable(RtGpu *g);
bool rt_gpu_inputs_send(RtGpu *g, const RtModel *rm);
bool rt_gpu_launch(RtGpu *g);
bool rt_gpu_finish(RtGpu *g, const RtModel *rm);
/* One step kernel by kernel, timed with events: sec[k] per kernel. */
bool rt_gpu_run_profiled(RtGpu *g, const RtModel *rm, double *sec);
/* Peak FLOP/s for MFU (0: unknown), what says which. */
double rt_gpu_peak(const RtGpu *g, const KernelProgram *p, char *what, size_t n);
/* The CPU's: a 512^3 sgemm on threads threads, the step's count. */
double rt_cpu_peak(int threads, char *what, size_t n);
double rt_peak_override(void); /* $PASSC_PEAK_TFLOPS * 1e12, or 0 */

/* ------------------------------------------------------------ progress.c */

/* A progress bar on long work, drawn on f when it is a terminal (or
 * $PASSC_PROGRESS=1, a line per stage then; =0 turns it off):
 * `label [#####.....] 3/6 what 1.2s`, redrawn at most 10 times a second,
 * erased by rt_progress_end. */
typedef struct RtProgress {
    FILE *f;
    bool on, tty;
    const char *label;
    int64_t total, done, last;
    double t0, drawn;
} RtProgress;

void rt_progress_begin(RtProgress *p, FILE *f, const char *label, int64_t total);
void rt_progress_set(RtProgress *p, int64_t done, const char *what);
void rt_progress_end(RtProgress *p);

/* ------------------------------------------------------------- train.c */

typedef struct RtTrainOptions {
    uint64_t seed;
    int64_t last_step;     /* stop before this global step; 0 = end of the schedule */
    int64_t save_every;    /* steps; 0 = at epoch ends and at the end only */
    int64_t log_every;     /* progress line interval (>= 1) */
    int workers;
    const char *ckpt_path; /* NULL = no checkpoints */
    FILE *progress;        /* progress lines (NULL = quiet) */
    FILE *jsonl;           /* JSON-lines log (NULL = none) */
    double peak_flops;     /* device peak FLOP/s: MFU in the progress line (0 = none) */
} RtTrainOptions;

uint64_t rt_step_seed(uint64_t seed, int64_t step);
/* Sets the schedule, epoch and seed inputs for pos->step; vals gets the
 * schedule values (cfg.nsched). */
void rt_set_schedules(const RtModel *rm, const RtRunPos *pos, int64_t ipe, double *vals);
double rt_out_scalar(const RtModel *rm, NodeId output);
/* The per-crop augmentation of the model's crop sets, in batch order. */
int rt_crop_specs(const RtConfig *c, RtCropSpec *out);
/* Trains from pos until o->last_step; checkpoints at epoch ends, every
 * save_every steps and at the end. */
bool rt_train(RtModel *rm, const RtDataset *ds, const RtTrainOptions *o, RtRunPos *pos);

#endif
