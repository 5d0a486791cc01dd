; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_c = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_last = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !49
@m_n = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !66
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !71

; Function Attrs: nounwind
define i32 @tp0_sched_process_exec(i8* %ctx) #0 section "tracepoint/sched/sched_process_exec" !dbg !91 {
entry:
  %tmp19 = alloca [2 x i64], align 8, !dbg !97
  %tmp5 = alloca [2 x i64], align 8, !dbg !97
  %tmp2 = alloca [2 x i64], align 8, !dbg !97
  %tmp1 = alloca [2 x i64], align 8, !dbg !97
  %tmp = alloca [1 x i64], align 8, !dbg !97
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !96, metadata !DIExpression()), !dbg !97
  %zero = alloca i32, align 4, !dbg !98
  store i32 0, i32* %zero, align 4, !dbg !98
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !98
  %1 = icmp eq i64 %0, 0, !dbg !98
  br i1 %1, label %pid.match, label %pid.filter, !dbg !98

return:                                           ; preds = %rec.lost, %stat.inc42, %kcheck.done45, %pid.filter
  ret i32 0, !dbg !98

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !98
  %3 = lshr i64 %2, 32, !dbg !98
  %4 = icmp eq i64 %3, %0, !dbg !98
  br i1 %4, label %pid.match, label %return, !dbg !98

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !99
  %6 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !99
  store i64 1, i64* %6, align 8, !dbg !99
  %7 = bitcast [2 x i64]* %tmp1 to i8*, !dbg !99
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false), !dbg !99
  %8 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %7, i32 16) #0, !dbg !99
  %sext = shl i64 %8, 32, !dbg !99
  %9 = icmp slt i64 %sext, 0, !dbg !99
  br i1 %9, label %kcheck.fail, label %kcheck.done, !dbg !99

kcheck.fail:                                      ; preds = %pid.match
  %10 = ashr exact i64 %sext, 32, !dbg !99
  %11 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !99
  %12 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !99
  store i64 13, i64* %12, align 8, !dbg !99
  %13 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !99
  store i64 %10, i64* %13, align 8, !dbg !99
  %14 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %11, i64 16, i64 0) #0, !dbg !99
  %15 = icmp slt i64 %14, 0, !dbg !99
  br i1 %15, label %kcheck.lost, label %kcheck.done, !dbg !99

kcheck.done:                                      ; preds = %kcheck.lost, %stat.inc, %kcheck.fail, %pid.match
  %16 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_last to i8*), i8* nonnull %7, i8* nonnull %5, i64 0) #0, !dbg !99
  %sext50 = shl i64 %16, 32, !dbg !99
  %17 = icmp slt i64 %sext50, 0, !dbg !99
  br i1 %17, label %kcheck.fail3, label %kcheck.done4, !dbg !99

kcheck.lost:                                      ; preds = %kcheck.fail
  %18 = bitcast i32* %zero to i8*, !dbg !99
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %18) #0, !dbg !99
  %.not68 = icmp eq i8* %19, null, !dbg !99
  br i1 %.not68, label %kcheck.done, label %stat.inc, !dbg !99

stat.inc:                                         ; preds = %kcheck.lost
  %20 = bitcast i8* %19 to i64*, !dbg !99
  %21 = load i64, i64* %20, align 8, !dbg !99
  %22 = add i64 %21, 1, !dbg !99
  store i64 %22, i64* %20, align 8, !dbg !99
  br label %kcheck.done, !dbg !99

kcheck.fail3:                                     ; preds = %kcheck.done
  %23 = ashr exact i64 %sext50, 32, !dbg !99
  %24 = bitcast [2 x i64]* %tmp5 to i8*, !dbg !99
  %25 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp5, i64 0, i64 0, !dbg !99
  store i64 4294967309, i64* %25, align 8, !dbg !99
  %26 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp5, i64 0, i64 1, !dbg !99
  store i64 %23, i64* %26, align 8, !dbg !99
  %27 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %24, i64 16, i64 0) #0, !dbg !99
  %28 = icmp slt i64 %27, 0, !dbg !99
  br i1 %28, label %kcheck.lost6, label %kcheck.done4, !dbg !99

kcheck.done4:                                     ; preds = %kcheck.lost6, %stat.inc8, %kcheck.fail3, %kcheck.done
  %29 = icmp slt i64 %16, 0, !dbg !99
  br i1 %29, label %map.full, label %map.stored, !dbg !99

kcheck.lost6:                                     ; preds = %kcheck.fail3
  %30 = bitcast i32* %zero to i8*, !dbg !99
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %30) #0, !dbg !99
  %.not67 = icmp eq i8* %31, null, !dbg !99
  br i1 %.not67, label %kcheck.done4, label %stat.inc8, !dbg !99

stat.inc8:                                        ; preds = %kcheck.lost6
  %32 = bitcast i8* %31 to i64*, !dbg !99
  %33 = load i64, i64* %32, align 8, !dbg !99
  %34 = add i64 %33, 1, !dbg !99
  store i64 %34, i64* %32, align 8, !dbg !99
  br label %kcheck.done4, !dbg !99

map.full:                                         ; preds = %kcheck.done4
  %35 = bitcast i32* %zero to i8*, !dbg !99
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !99
  %.not66 = icmp eq i8* %36, null, !dbg !99
  br i1 %.not66, label %map.stored, label %stat.inc10, !dbg !99

map.stored:                                       ; preds = %map.full, %stat.inc10, %kcheck.done4
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false), !dbg !100
  store i8 120, i8* %7, align 8, !dbg !100
  %37 = getelementptr inbounds i8, i8* %7, i64 1, !dbg !100
  store i8 0, i8* %37, align 1, !dbg !100
  %38 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_last to i8*), i8* nonnull %7) #0, !dbg !100
  %magicptr = ptrtoint i8* %38 to i64, !dbg !100
  %cond = icmp eq i64 %magicptr, 0, !dbg !100
  br i1 %cond, label %kcheck.none, label %map.read, !dbg !100

stat.inc10:                                       ; preds = %map.full
  %39 = getelementptr i8, i8* %36, i64 16, !dbg !99
  %40 = bitcast i8* %39 to i64*, !dbg !99
  %41 = load i64, i64* %40, align 8, !dbg !99
  %42 = add i64 %41, 1, !dbg !99
  store i64 %42, i64* %40, align 8, !dbg !99
  br label %map.stored, !dbg !99

kcheck.none:                                      ; preds = %map.stored
  %43 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !100
  %44 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !100
  store i64 8589934605, i64* %44, align 8, !dbg !100
  %45 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !100
  store i64 0, i64* %45, align 8, !dbg !100
  %46 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %43, i64 16, i64 0) #0, !dbg !100
  %47 = icmp slt i64 %46, 0, !dbg !100
  br i1 %47, label %kcheck.lost13, label %kcheck.sent14, !dbg !100

kcheck.lost13:                                    ; preds = %kcheck.none
  %48 = bitcast i32* %zero to i8*, !dbg !100
  %49 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %48) #0, !dbg !100
  %.not65 = icmp eq i8* %49, null, !dbg !100
  br i1 %.not65, label %kcheck.sent14, label %stat.inc15, !dbg !100

kcheck.sent14:                                    ; preds = %kcheck.lost13, %stat.inc15, %kcheck.none
  %.not = icmp eq i8* %38, null, !dbg !100
  br i1 %.not, label %map.done, label %map.read, !dbg !100

stat.inc15:                                       ; preds = %kcheck.lost13
  %50 = bitcast i8* %49 to i64*, !dbg !100
  %51 = load i64, i64* %50, align 8, !dbg !100
  %52 = add i64 %51, 1, !dbg !100
  store i64 %52, i64* %50, align 8, !dbg !100
  br label %kcheck.sent14, !dbg !100

map.read:                                         ; preds = %map.stored, %kcheck.sent14
  %53 = bitcast i8* %38 to i64*, !dbg !100
  %54 = load i64, i64* %53, align 8, !dbg !100
  br label %map.done, !dbg !100

map.done:                                         ; preds = %map.read, %kcheck.sent14
  %55 = phi i64 [ 0, %kcheck.sent14 ], [ %54, %map.read ], !dbg !100
  store i64 %55, i64* %6, align 8, !dbg !100
  %56 = bitcast [2 x i64]* %tmp5 to i8*, !dbg !100
  %57 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp5, i64 0, i64 0, !dbg !100
  store i64 0, i64* %57, align 8, !dbg !100
  %58 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_n to i8*), i8* nonnull %56, i8* nonnull %5, i64 0) #0, !dbg !100
  %sext51 = shl i64 %58, 32, !dbg !100
  %59 = icmp slt i64 %sext51, 0, !dbg !100
  br i1 %59, label %kcheck.fail17, label %kcheck.done18, !dbg !100

kcheck.fail17:                                    ; preds = %map.done
  %60 = ashr exact i64 %sext51, 32, !dbg !100
  %61 = bitcast [2 x i64]* %tmp19 to i8*, !dbg !100
  %62 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp19, i64 0, i64 0, !dbg !100
  store i64 12884901901, i64* %62, align 8, !dbg !100
  %63 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp19, i64 0, i64 1, !dbg !100
  store i64 %60, i64* %63, align 8, !dbg !100
  %64 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %61, i64 16, i64 0) #0, !dbg !100
  %65 = icmp slt i64 %64, 0, !dbg !100
  br i1 %65, label %kcheck.lost20, label %kcheck.done18, !dbg !100

kcheck.done18:                                    ; preds = %kcheck.lost20, %stat.inc22, %kcheck.fail17, %map.done
  %66 = icmp slt i64 %58, 0, !dbg !100
  br i1 %66, label %map.full24, label %map.stored25, !dbg !100

kcheck.lost20:                                    ; preds = %kcheck.fail17
  %67 = bitcast i32* %zero to i8*, !dbg !100
  %68 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %67) #0, !dbg !100
  %.not64 = icmp eq i8* %68, null, !dbg !100
  br i1 %.not64, label %kcheck.done18, label %stat.inc22, !dbg !100

stat.inc22:                                       ; preds = %kcheck.lost20
  %69 = bitcast i8* %68 to i64*, !dbg !100
  %70 = load i64, i64* %69, align 8, !dbg !100
  %71 = add i64 %70, 1, !dbg !100
  store i64 %71, i64* %69, align 8, !dbg !100
  br label %kcheck.done18, !dbg !100

map.full24:                                       ; preds = %kcheck.done18
  %72 = bitcast i32* %zero to i8*, !dbg !100
  %73 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %72) #0, !dbg !100
  %.not63 = icmp eq i8* %73, null, !dbg !100
  br i1 %.not63, label %map.stored25, label %stat.inc26, !dbg !100

map.stored25:                                     ; preds = %map.full24, %stat.inc26, %kcheck.done18
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false), !dbg !101
  store i8 121, i8* %7, align 8, !dbg !101
  store i8 0, i8* %37, align 1, !dbg !101
  %74 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_last to i8*), i8* nonnull %7) #0, !dbg !101
  %sext52 = shl i64 %74, 32, !dbg !101
  %75 = icmp slt i64 %sext52, 0, !dbg !101
  br i1 %75, label %kcheck.fail28, label %kcheck.done29, !dbg !101

stat.inc26:                                       ; preds = %map.full24
  %76 = getelementptr i8, i8* %73, i64 24, !dbg !100
  %77 = bitcast i8* %76 to i64*, !dbg !100
  %78 = load i64, i64* %77, align 8, !dbg !100
  %79 = add i64 %78, 1, !dbg !100
  store i64 %79, i64* %77, align 8, !dbg !100
  br label %map.stored25, !dbg !100

kcheck.fail28:                                    ; preds = %map.stored25
  %80 = ashr exact i64 %sext52, 32, !dbg !101
  %81 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !101
  %82 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !101
  store i64 17179869197, i64* %82, align 8, !dbg !101
  %83 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !101
  store i64 %80, i64* %83, align 8, !dbg !101
  %84 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %81, i64 16, i64 0) #0, !dbg !101
  %85 = icmp slt i64 %84, 0, !dbg !101
  br i1 %85, label %kcheck.lost30, label %kcheck.done29, !dbg !101

kcheck.done29:                                    ; preds = %kcheck.lost30, %stat.inc32, %kcheck.fail28, %map.stored25
  %86 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %pid = lshr i64 %86, 32, !dbg !102
  %87 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp1, i64 0, i64 0, !dbg !102
  store i64 %pid, i64* %87, align 8, !dbg !102
  %88 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %7) #0, !dbg !102
  %.not53 = icmp eq i8* %88, null, !dbg !102
  br i1 %.not53, label %agg.init, label %agg.have, !dbg !102

kcheck.lost30:                                    ; preds = %kcheck.fail28
  %89 = bitcast i32* %zero to i8*, !dbg !101
  %90 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %89) #0, !dbg !101
  %.not62 = icmp eq i8* %90, null, !dbg !101
  br i1 %.not62, label %kcheck.done29, label %stat.inc32, !dbg !101

stat.inc32:                                       ; preds = %kcheck.lost30
  %91 = bitcast i8* %90 to i64*, !dbg !101
  %92 = load i64, i64* %91, align 8, !dbg !101
  %93 = add i64 %92, 1, !dbg !101
  store i64 %93, i64* %91, align 8, !dbg !101
  br label %kcheck.done29, !dbg !101

agg.done:                                         ; preds = %kcheck.done35, %stat.inc40, %agg.have
  %94 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !103
  %.not57 = icmp eq i8* %94, null, !dbg !103
  br i1 %.not57, label %rec.lost, label %rec.fill, !dbg !103

agg.have:                                         ; preds = %agg.init, %kcheck.done29
  %agg = phi i8* [ %88, %kcheck.done29 ], [ %99, %agg.init ], !dbg !102
  %95 = bitcast i8* %agg to i64*, !dbg !102
  %96 = load i64, i64* %95, align 8, !dbg !102
  %97 = add i64 %96, 1, !dbg !102
  store i64 %97, i64* %95, align 8, !dbg !102
  br label %agg.done, !dbg !102

agg.init:                                         ; preds = %kcheck.done29
  %98 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %7, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !102
  %99 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %7) #0, !dbg !102
  %.not54 = icmp eq i8* %99, null, !dbg !102
  br i1 %.not54, label %agg.full, label %agg.have, !dbg !102

agg.full:                                         ; preds = %agg.init
  %sext55 = shl i64 %98, 32, !dbg !102
  %100 = icmp slt i64 %sext55, 0, !dbg !102
  br i1 %100, label %kcheck.fail34, label %kcheck.done35, !dbg !102

kcheck.fail34:                                    ; preds = %agg.full
  %101 = ashr exact i64 %sext55, 32, !dbg !102
  %102 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !102
  %103 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !102
  store i64 21474836493, i64* %103, align 8, !dbg !102
  %104 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !102
  store i64 %101, i64* %104, align 8, !dbg !102
  %105 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %102, i64 16, i64 0) #0, !dbg !102
  %106 = icmp slt i64 %105, 0, !dbg !102
  br i1 %106, label %kcheck.lost36, label %kcheck.done35, !dbg !102

kcheck.done35:                                    ; preds = %kcheck.lost36, %stat.inc38, %kcheck.fail34, %agg.full
  %107 = bitcast i32* %zero to i8*, !dbg !102
  %108 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %107) #0, !dbg !102
  %.not56 = icmp eq i8* %108, null, !dbg !102
  br i1 %.not56, label %agg.done, label %stat.inc40, !dbg !102

kcheck.lost36:                                    ; preds = %kcheck.fail34
  %109 = bitcast i32* %zero to i8*, !dbg !102
  %110 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %109) #0, !dbg !102
  %.not61 = icmp eq i8* %110, null, !dbg !102
  br i1 %.not61, label %kcheck.done35, label %stat.inc38, !dbg !102

stat.inc38:                                       ; preds = %kcheck.lost36
  %111 = bitcast i8* %110 to i64*, !dbg !102
  %112 = load i64, i64* %111, align 8, !dbg !102
  %113 = add i64 %112, 1, !dbg !102
  store i64 %113, i64* %111, align 8, !dbg !102
  br label %kcheck.done35, !dbg !102

stat.inc40:                                       ; preds = %kcheck.done35
  %114 = getelementptr i8, i8* %108, i64 8, !dbg !102
  %115 = bitcast i8* %114 to i64*, !dbg !102
  %116 = load i64, i64* %115, align 8, !dbg !102
  %117 = add i64 %116, 1, !dbg !102
  store i64 %117, i64* %115, align 8, !dbg !102
  br label %agg.done, !dbg !102

rec.fill:                                         ; preds = %agg.done
  %118 = bitcast i8* %94 to i64*, !dbg !103
  store i64 1, i64* %118, align 8, !dbg !103
  %119 = getelementptr i8, i8* %94, i64 8, !dbg !103
  %120 = getelementptr i8, i8* %ctx, i64 12, !dbg !103
  %121 = bitcast i8* %120 to i32*, !dbg !103
  %122 = load i32, i32* %121, align 4, !dbg !103
  %123 = sext i32 %122 to i64, !dbg !103
  %124 = inttoptr i64 %123 to i8*, !dbg !103
  %125 = call i64 inttoptr (i64 45 to i64 (i8*, i32, i8*)*)(i8* %119, i32 65, i8* %124) #0, !dbg !103
  %sext59 = shl i64 %125, 32, !dbg !103
  %126 = icmp slt i64 %sext59, 0, !dbg !103
  br i1 %126, label %kcheck.fail44, label %kcheck.done45, !dbg !103

rec.lost:                                         ; preds = %agg.done
  %127 = bitcast i32* %zero to i8*, !dbg !103
  %128 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %127) #0, !dbg !103
  %.not58 = icmp eq i8* %128, null, !dbg !103
  br i1 %.not58, label %return, label %stat.inc42, !dbg !103

stat.inc42:                                       ; preds = %rec.lost
  %129 = bitcast i8* %128 to i64*, !dbg !103
  %130 = load i64, i64* %129, align 8, !dbg !103
  %131 = add i64 %130, 1, !dbg !103
  store i64 %131, i64* %129, align 8, !dbg !103
  br label %return, !dbg !103

kcheck.fail44:                                    ; preds = %rec.fill
  %132 = ashr exact i64 %sext59, 32, !dbg !103
  store i64 25769803789, i64* %87, align 8, !dbg !103
  %133 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp1, i64 0, i64 1, !dbg !103
  store i64 %132, i64* %133, align 8, !dbg !103
  %134 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %7, i64 16, i64 0) #0, !dbg !103
  %135 = icmp slt i64 %134, 0, !dbg !103
  br i1 %135, label %kcheck.lost46, label %kcheck.done45, !dbg !103

kcheck.done45:                                    ; preds = %kcheck.lost46, %stat.inc48, %kcheck.fail44, %rec.fill
  %136 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !103
  %137 = icmp ugt i64 %136, 65536, !dbg !103
  %138 = select i1 %137, i64 2, i64 1, !dbg !103
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %94, i64 %138) #0, !dbg !103
  br label %return, !dbg !103

kcheck.lost46:                                    ; preds = %kcheck.fail44
  %139 = bitcast i32* %zero to i8*, !dbg !103
  %140 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %139) #0, !dbg !103
  %.not60 = icmp eq i8* %140, null, !dbg !103
  br i1 %.not60, label %kcheck.done45, label %stat.inc48, !dbg !103

stat.inc48:                                       ; preds = %kcheck.lost46
  %141 = bitcast i8* %140 to i64*, !dbg !103
  %142 = load i64, i64* %141, align 8, !dbg !103
  %143 = add i64 %142, 1, !dbg !103
  store i64 %143, i64* %141, align 8, !dbg !103
  br label %kcheck.done45, !dbg !103
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @begin1(i8* %ctx) #0 section "raw_tp" !dbg !104 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !107
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !106, metadata !DIExpression()), !dbg !107
  %zero = alloca i32, align 4, !dbg !108
  store i32 0, i32* %zero, align 4, !dbg !108
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !109
  %.not = icmp eq i8* %0, null, !dbg !109
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !109

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !109
  store i64 4294967297, i64* %1, align 8, !dbg !109
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !109
  %3 = call i64 inttoptr (i64 45 to i64 (i8*, i32, i8*)*)(i8* %2, i32 65, i8* null) #0, !dbg !109
  %sext = shl i64 %3, 32, !dbg !109
  %4 = icmp slt i64 %sext, 0, !dbg !109
  br i1 %4, label %kcheck.fail, label %kcheck.done, !dbg !109

rec.lost:                                         ; preds = %entry
  %5 = bitcast i32* %zero to i8*, !dbg !109
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %5) #0, !dbg !109
  %.not3 = icmp eq i8* %6, null, !dbg !109
  br i1 %.not3, label %rec.done, label %stat.inc, !dbg !109

rec.done:                                         ; preds = %rec.lost, %stat.inc, %kcheck.done
  ret i32 0, !dbg !108

stat.inc:                                         ; preds = %rec.lost
  %7 = bitcast i8* %6 to i64*, !dbg !109
  %8 = load i64, i64* %7, align 8, !dbg !109
  %9 = add i64 %8, 1, !dbg !109
  store i64 %9, i64* %7, align 8, !dbg !109
  br label %rec.done, !dbg !109

kcheck.fail:                                      ; preds = %rec.fill
  %10 = ashr exact i64 %sext, 32, !dbg !109
  %11 = bitcast [2 x i64]* %tmp to i8*, !dbg !109
  %12 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !109
  store i64 30064771085, i64* %12, align 8, !dbg !109
  %13 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !109
  store i64 %10, i64* %13, align 8, !dbg !109
  %14 = call i64 inttoptr (i64 130 to i64 (i8*, i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i8* nonnull %11, i64 16, i64 0) #0, !dbg !109
  %15 = icmp slt i64 %14, 0, !dbg !109
  br i1 %15, label %kcheck.lost, label %kcheck.done, !dbg !109

kcheck.done:                                      ; preds = %kcheck.lost, %stat.inc1, %kcheck.fail, %rec.fill
  %16 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !109
  %17 = icmp ugt i64 %16, 65536, !dbg !109
  %18 = select i1 %17, i64 2, i64 1, !dbg !109
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %18) #0, !dbg !109
  br label %rec.done, !dbg !109

kcheck.lost:                                      ; preds = %kcheck.fail
  %19 = bitcast i32* %zero to i8*, !dbg !109
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !109
  %.not4 = icmp eq i8* %20, null, !dbg !109
  br i1 %.not4, label %kcheck.done, label %stat.inc1, !dbg !109

stat.inc1:                                        ; preds = %kcheck.lost
  %21 = bitcast i8* %20 to i64*, !dbg !109
  %22 = load i64, i64* %21, align 8, !dbg !109
  %23 = add i64 %22, 1, !dbg !109
  store i64 %23, i64* %21, align 8, !dbg !109
  br label %kcheck.done, !dbg !109
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!89, !90}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !77, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "helper_check_kk.tp", directory: ".")
!4 = !{!0, !5, !28, !49, !66, !71}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_c", linkageName: "m_c", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !47}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(name: "m_last", linkageName: "m_last", scope: !2, file: !3, type: !51, isLocal: false, isDefinition: true, align: 64)
!51 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !52)
!52 = !{!53, !37, !54, !63}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !55, size: 64, align: 64, offset: 128)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!56 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !57)
!57 = !{!58}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !59, size: 128, align: 8)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !60, size: 128, align: 8, elements: !61)
!60 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!61 = !{!62}
!62 = !DISubrange(count: 16, lowerBound: 0)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !64, size: 64, align: 64, offset: 192)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(name: "m_n", linkageName: "m_n", scope: !2, file: !3, type: !68, isLocal: false, isDefinition: true, align: 64)
!68 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !69)
!69 = !{!53, !37, !70, !63}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 128)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !73, isLocal: false, isDefinition: true, align: 64)
!73 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !74)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !60, size: 384, align: 8, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 48, lowerBound: 0)
!77 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !78)
!78 = !{!79, !84}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !80, size: 64, align: 64)
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 27, lowerBound: 0)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !85, size: 64, align: 64, offset: 64)
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !87)
!87 = !{!88}
!88 = !DISubrange(count: 262144, lowerBound: 0)
!89 = !{i32 2, !"Debug Info Version", i32 3}
!90 = !{i32 2, !"Dwarf Version", i32 4}
!91 = distinct !DISubprogram(name: "tp0_sched_process_exec", linkageName: "tp0_sched_process_exec", scope: !3, file: !3, line: 8, type: !92, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !95)
!92 = !DISubroutineType(types: !93)
!93 = !{!12, !94}
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!95 = !{!96}
!96 = !DILocalVariable(name: "ctx", arg: 1, scope: !91, file: !3, line: 8, type: !94)
!97 = !DILocation(line: 8, scope: !91)
!98 = !DILocation(line: 8, column: 1, scope: !91)
!99 = !DILocation(line: 9, column: 2, scope: !91)
!100 = !DILocation(line: 10, column: 2, scope: !91)
!101 = !DILocation(line: 11, column: 2, scope: !91)
!102 = !DILocation(line: 12, column: 2, scope: !91)
!103 = !DILocation(line: 13, column: 2, scope: !91)
!104 = distinct !DISubprogram(name: "begin1", linkageName: "begin1", scope: !3, file: !3, line: 15, type: !92, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !105)
!105 = !{!106}
!106 = !DILocalVariable(name: "ctx", arg: 1, scope: !104, file: !3, line: 15, type: !94)
!107 = !DILocation(line: 15, scope: !104)
!108 = !DILocation(line: 15, column: 1, scope: !104)
!109 = !DILocation(line: 15, column: 9, scope: !104)
