; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_avg = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_max = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !39
@m_min = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !68
@m_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !70
@m_uavg = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !72
@m_umax = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !81
@m_umin = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !85
@tp_ro = constant [56 x i8] zeroinitializer, section ".rodata", align 8, !dbg !87

; Function Attrs: nounwind
define i32 @tp0_sys_exit_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_read" !dbg !107 {
entry:
  %tmp1 = alloca [2 x i64], align 8, !dbg !113
  %tmp = alloca [1 x i64], align 8, !dbg !113
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !112, metadata !DIExpression()), !dbg !113
  %zero = alloca i32, align 4, !dbg !114
  store i32 0, i32* %zero, align 4, !dbg !114
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !114
  %1 = icmp eq i64 %0, 0, !dbg !114
  br i1 %1, label %pid.match, label %pid.filter, !dbg !114

return:                                           ; preds = %agg.done4, %agg.have13, %pid.filter
  ret i32 0, !dbg !114

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !114
  %3 = lshr i64 %2, 32, !dbg !114
  %4 = icmp eq i64 %3, %0, !dbg !114
  br i1 %4, label %pid.match, label %return, !dbg !114

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !115
  %6 = bitcast i8* %5 to i64*, !dbg !115
  %7 = load i64, i64* %6, align 8, !dbg !115
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !115
  %9 = bitcast [1 x i64]* %tmp to i32*, !dbg !115
  store i32 0, i32* %9, align 8, !dbg !115
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_avg to i8*), i8* nonnull %8) #0, !dbg !115
  %.not = icmp eq i8* %10, null, !dbg !115
  br i1 %.not, label %agg.done, label %agg.have, !dbg !115

agg.done:                                         ; preds = %agg.have, %pid.match
  %11 = load i64, i64* %6, align 8, !dbg !116
  %12 = bitcast [2 x i64]* %tmp1 to i8*, !dbg !116
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %12, i8 0, i64 16, i1 false), !dbg !116
  %13 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %12, i32 16) #0, !dbg !116
  %14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_min to i8*), i8* nonnull %12) #0, !dbg !116
  %.not14 = icmp eq i8* %14, null, !dbg !116
  br i1 %.not14, label %agg.init, label %agg.have3, !dbg !116

agg.have:                                         ; preds = %pid.match
  %15 = bitcast i8* %10 to i64*, !dbg !115
  %16 = load i64, i64* %15, align 8, !dbg !115
  %17 = add i64 %16, %7, !dbg !115
  store i64 %17, i64* %15, align 8, !dbg !115
  %18 = getelementptr i8, i8* %10, i64 8, !dbg !115
  %19 = bitcast i8* %18 to i64*, !dbg !115
  %20 = load i64, i64* %19, align 8, !dbg !115
  %21 = add i64 %20, 1, !dbg !115
  store i64 %21, i64* %19, align 8, !dbg !115
  br label %agg.done, !dbg !115

agg.done2:                                        ; preds = %agg.full, %stat.inc, %minmax.set, %agg.have3
  %22 = load i64, i64* %6, align 8, !dbg !117
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %12, i8 0, i64 16, i1 false), !dbg !117
  %23 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %12, i32 16) #0, !dbg !117
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_max to i8*), i8* nonnull %12) #0, !dbg !117
  %.not17 = icmp eq i8* %24, null, !dbg !117
  br i1 %.not17, label %agg.init6, label %agg.have5, !dbg !117

agg.have3:                                        ; preds = %agg.init, %agg.done
  %agg = phi i8* [ %14, %agg.done ], [ %34, %agg.init ], !dbg !116
  %25 = bitcast i8* %agg to i64*, !dbg !116
  %26 = load i64, i64* %25, align 8, !dbg !116
  %27 = getelementptr i8, i8* %agg, i64 8, !dbg !116
  %28 = bitcast i8* %27 to i64*, !dbg !116
  %29 = load i64, i64* %28, align 8, !dbg !116
  %30 = icmp slt i64 %11, %26, !dbg !116
  %31 = icmp eq i64 %29, 0, !dbg !116
  %32 = or i1 %30, %31, !dbg !116
  br i1 %32, label %minmax.set, label %agg.done2, !dbg !116

agg.init:                                         ; preds = %agg.done
  %33 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_min to i8*), i8* nonnull %12, i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !116
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_min to i8*), i8* nonnull %12) #0, !dbg !116
  %.not15 = icmp eq i8* %34, null, !dbg !116
  br i1 %.not15, label %agg.full, label %agg.have3, !dbg !116

agg.full:                                         ; preds = %agg.init
  %35 = bitcast i32* %zero to i8*, !dbg !116
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !116
  %.not16 = icmp eq i8* %36, null, !dbg !116
  br i1 %.not16, label %agg.done2, label %stat.inc, !dbg !116

stat.inc:                                         ; preds = %agg.full
  %37 = getelementptr i8, i8* %36, i64 24, !dbg !116
  %38 = bitcast i8* %37 to i64*, !dbg !116
  %39 = load i64, i64* %38, align 8, !dbg !116
  %40 = add i64 %39, 1, !dbg !116
  store i64 %40, i64* %38, align 8, !dbg !116
  br label %agg.done2, !dbg !116

minmax.set:                                       ; preds = %agg.have3
  store i64 %11, i64* %25, align 8, !dbg !116
  store i64 1, i64* %28, align 8, !dbg !116
  br label %agg.done2, !dbg !116

agg.done4:                                        ; preds = %agg.full7, %stat.inc8, %minmax.set11, %agg.have5
  %41 = load i64, i64* %6, align 8, !dbg !118
  %42 = bitcast [2 x i64]* %tmp1 to i32*, !dbg !118
  store i32 0, i32* %42, align 8, !dbg !118
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_stats to i8*), i8* nonnull %12) #0, !dbg !118
  %.not20 = icmp eq i8* %43, null, !dbg !118
  br i1 %.not20, label %return, label %agg.have13, !dbg !118

agg.have5:                                        ; preds = %agg.init6, %agg.done2
  %agg10 = phi i8* [ %24, %agg.done2 ], [ %53, %agg.init6 ], !dbg !117
  %44 = bitcast i8* %agg10 to i64*, !dbg !117
  %45 = load i64, i64* %44, align 8, !dbg !117
  %46 = getelementptr i8, i8* %agg10, i64 8, !dbg !117
  %47 = bitcast i8* %46 to i64*, !dbg !117
  %48 = load i64, i64* %47, align 8, !dbg !117
  %49 = icmp sgt i64 %22, %45, !dbg !117
  %50 = icmp eq i64 %48, 0, !dbg !117
  %51 = or i1 %49, %50, !dbg !117
  br i1 %51, label %minmax.set11, label %agg.done4, !dbg !117

agg.init6:                                        ; preds = %agg.done2
  %52 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_max to i8*), i8* nonnull %12, i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !117
  %53 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_max to i8*), i8* nonnull %12) #0, !dbg !117
  %.not18 = icmp eq i8* %53, null, !dbg !117
  br i1 %.not18, label %agg.full7, label %agg.have5, !dbg !117

agg.full7:                                        ; preds = %agg.init6
  %54 = bitcast i32* %zero to i8*, !dbg !117
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #0, !dbg !117
  %.not19 = icmp eq i8* %55, null, !dbg !117
  br i1 %.not19, label %agg.done4, label %stat.inc8, !dbg !117

stat.inc8:                                        ; preds = %agg.full7
  %56 = getelementptr i8, i8* %55, i64 16, !dbg !117
  %57 = bitcast i8* %56 to i64*, !dbg !117
  %58 = load i64, i64* %57, align 8, !dbg !117
  %59 = add i64 %58, 1, !dbg !117
  store i64 %59, i64* %57, align 8, !dbg !117
  br label %agg.done4, !dbg !117

minmax.set11:                                     ; preds = %agg.have5
  store i64 %22, i64* %44, align 8, !dbg !117
  store i64 1, i64* %47, align 8, !dbg !117
  br label %agg.done4, !dbg !117

agg.have13:                                       ; preds = %agg.done4
  %60 = bitcast i8* %43 to i64*, !dbg !118
  %61 = load i64, i64* %60, align 8, !dbg !118
  %62 = add i64 %61, %41, !dbg !118
  store i64 %62, i64* %60, align 8, !dbg !118
  %63 = getelementptr i8, i8* %43, i64 8, !dbg !118
  %64 = bitcast i8* %63 to i64*, !dbg !118
  %65 = load i64, i64* %64, align 8, !dbg !118
  %66 = add i64 %65, 1, !dbg !118
  store i64 %66, i64* %64, align 8, !dbg !118
  br label %return, !dbg !118
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !119 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !122
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !121, metadata !DIExpression()), !dbg !122
  %zero = alloca i32, align 4, !dbg !123
  store i32 0, i32* %zero, align 4, !dbg !123
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !123
  %1 = icmp eq i64 %0, 0, !dbg !123
  br i1 %1, label %pid.match, label %pid.filter, !dbg !123

return:                                           ; preds = %agg.full, %stat.inc, %agg.have5, %pid.filter
  ret i32 0, !dbg !123

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !123
  %3 = lshr i64 %2, 32, !dbg !123
  %4 = icmp eq i64 %3, %0, !dbg !123
  br i1 %4, label %pid.match, label %return, !dbg !123

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !124
  %6 = bitcast i8* %5 to i64*, !dbg !124
  %7 = load i64, i64* %6, align 8, !dbg !124
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !124
  %9 = bitcast [1 x i64]* %tmp to i32*, !dbg !124
  store i32 0, i32* %9, align 8, !dbg !124
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_umin to i8*), i8* nonnull %8) #0, !dbg !124
  %.not = icmp eq i8* %10, null, !dbg !124
  br i1 %.not, label %agg.done, label %agg.have, !dbg !124

agg.done:                                         ; preds = %minmax.set, %agg.have, %pid.match
  %11 = load i64, i64* %6, align 8, !dbg !125
  store i32 0, i32* %9, align 8, !dbg !125
  %12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_umax to i8*), i8* nonnull %8) #0, !dbg !125
  %.not6 = icmp eq i8* %12, null, !dbg !125
  br i1 %.not6, label %agg.done1, label %agg.have2, !dbg !125

agg.have:                                         ; preds = %pid.match
  %13 = bitcast i8* %10 to i64*, !dbg !124
  %14 = load i64, i64* %13, align 8, !dbg !124
  %15 = getelementptr i8, i8* %10, i64 8, !dbg !124
  %16 = bitcast i8* %15 to i64*, !dbg !124
  %17 = load i64, i64* %16, align 8, !dbg !124
  %18 = icmp slt i64 %7, %14, !dbg !124
  %19 = icmp eq i64 %17, 0, !dbg !124
  %20 = or i1 %18, %19, !dbg !124
  br i1 %20, label %minmax.set, label %agg.done, !dbg !124

minmax.set:                                       ; preds = %agg.have
  store i64 %7, i64* %13, align 8, !dbg !124
  store i64 1, i64* %16, align 8, !dbg !124
  br label %agg.done, !dbg !124

agg.done1:                                        ; preds = %minmax.set3, %agg.have2, %agg.done
  %21 = load i64, i64* %6, align 8, !dbg !126
  %22 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !126
  %pid = lshr i64 %22, 32, !dbg !126
  %23 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !126
  store i64 %pid, i64* %23, align 8, !dbg !126
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_uavg to i8*), i8* nonnull %8) #0, !dbg !126
  %.not7 = icmp eq i8* %24, null, !dbg !126
  br i1 %.not7, label %agg.init, label %agg.have5, !dbg !126

agg.have2:                                        ; preds = %agg.done
  %25 = bitcast i8* %12 to i64*, !dbg !125
  %26 = load i64, i64* %25, align 8, !dbg !125
  %27 = getelementptr i8, i8* %12, i64 8, !dbg !125
  %28 = bitcast i8* %27 to i64*, !dbg !125
  %29 = load i64, i64* %28, align 8, !dbg !125
  %30 = icmp sgt i64 %11, %26, !dbg !125
  %31 = icmp eq i64 %29, 0, !dbg !125
  %32 = or i1 %30, %31, !dbg !125
  br i1 %32, label %minmax.set3, label %agg.done1, !dbg !125

minmax.set3:                                      ; preds = %agg.have2
  store i64 %11, i64* %25, align 8, !dbg !125
  store i64 1, i64* %28, align 8, !dbg !125
  br label %agg.done1, !dbg !125

agg.have5:                                        ; preds = %agg.init, %agg.done1
  %agg = phi i8* [ %24, %agg.done1 ], [ %41, %agg.init ], !dbg !126
  %33 = bitcast i8* %agg to i64*, !dbg !126
  %34 = load i64, i64* %33, align 8, !dbg !126
  %35 = add i64 %34, %21, !dbg !126
  store i64 %35, i64* %33, align 8, !dbg !126
  %36 = getelementptr i8, i8* %agg, i64 8, !dbg !126
  %37 = bitcast i8* %36 to i64*, !dbg !126
  %38 = load i64, i64* %37, align 8, !dbg !126
  %39 = add i64 %38, 1, !dbg !126
  store i64 %39, i64* %37, align 8, !dbg !126
  br label %return, !dbg !126

agg.init:                                         ; preds = %agg.done1
  %40 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_uavg to i8*), i8* nonnull %8, i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !126
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_uavg to i8*), i8* nonnull %8) #0, !dbg !126
  %.not8 = icmp eq i8* %41, null, !dbg !126
  br i1 %.not8, label %agg.full, label %agg.have5, !dbg !126

agg.full:                                         ; preds = %agg.init
  %42 = bitcast i32* %zero to i8*, !dbg !126
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %42) #0, !dbg !126
  %.not9 = icmp eq i8* %43, null, !dbg !126
  br i1 %.not9, label %return, label %stat.inc, !dbg !126

stat.inc:                                         ; preds = %agg.full
  %44 = getelementptr i8, i8* %43, i64 40, !dbg !126
  %45 = bitcast i8* %44 to i64*, !dbg !126
  %46 = load i64, i64* %45, align 8, !dbg !126
  %47 = add i64 %46, 1, !dbg !126
  store i64 %47, i64* %45, align 8, !dbg !126
  br label %return, !dbg !126
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!105, !106}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !93, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "agg_avg_min_max_stats.tp", directory: ".")
!4 = !{!0, !5, !28, !39, !68, !70, !72, !81, !85, !87}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 512, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 8, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_avg", linkageName: "m_avg", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !35)
!35 = !{!36, !38}
!36 = !DIDerivedType(tag: DW_TAG_member, name: "sum", scope: !3, file: !3, baseType: !37, size: 64, align: 8)
!37 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "count", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 64)
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(name: "m_max", linkageName: "m_max", scope: !2, file: !3, type: !41, isLocal: false, isDefinition: true, align: 64)
!41 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !42)
!42 = !{!43, !48, !53, !62}
!43 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !44, size: 64, align: 64)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 5, lowerBound: 0)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !49, size: 64, align: 64, offset: 64)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64, align: 64, dwarfAddressSpace: 0)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 4096, lowerBound: 0)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !54, size: 64, align: 64, offset: 128)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64, align: 64, dwarfAddressSpace: 0)
!55 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !56)
!56 = !{!57}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !58, size: 128, align: 8)
!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !59, size: 128, align: 8, elements: !60)
!59 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!60 = !{!61}
!61 = !DISubrange(count: 16, lowerBound: 0)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !63, size: 64, align: 64, offset: 192)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !65)
!65 = !{!66, !67}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !37, size: 64, align: 8)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "set", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 64)
!68 = !DIGlobalVariableExpression(var: !69, expr: !DIExpression())
!69 = distinct !DIGlobalVariable(name: "m_min", linkageName: "m_min", scope: !2, file: !3, type: !41, isLocal: false, isDefinition: true, align: 64)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(name: "m_stats", linkageName: "m_stats", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!72 = !DIGlobalVariableExpression(var: !73, expr: !DIExpression())
!73 = distinct !DIGlobalVariable(name: "m_uavg", linkageName: "m_uavg", scope: !2, file: !3, type: !74, isLocal: false, isDefinition: true, align: 64)
!74 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !75)
!75 = !{!43, !48, !76, !32}
!76 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !77, size: 64, align: 64, offset: 128)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64, align: 64, dwarfAddressSpace: 0)
!78 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !79)
!79 = !{!80}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!81 = !DIGlobalVariableExpression(var: !82, expr: !DIExpression())
!82 = distinct !DIGlobalVariable(name: "m_umax", linkageName: "m_umax", scope: !2, file: !3, type: !83, isLocal: false, isDefinition: true, align: 64)
!83 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !84)
!84 = !{!9, !15, !20, !62}
!85 = !DIGlobalVariableExpression(var: !86, expr: !DIExpression())
!86 = distinct !DIGlobalVariable(name: "m_umin", linkageName: "m_umin", scope: !2, file: !3, type: !83, isLocal: false, isDefinition: true, align: 64)
!87 = !DIGlobalVariableExpression(var: !88, expr: !DIExpression())
!88 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !89, isLocal: false, isDefinition: true, align: 64)
!89 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !90)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !59, size: 448, align: 8, elements: !91)
!91 = !{!92}
!92 = !DISubrange(count: 56, lowerBound: 0)
!93 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !94)
!94 = !{!95, !100}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !96, size: 64, align: 64)
!96 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !97, size: 64, align: 64, dwarfAddressSpace: 0)
!97 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !98)
!98 = !{!99}
!99 = !DISubrange(count: 27, lowerBound: 0)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !101, size: 64, align: 64, offset: 64)
!101 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !102, size: 64, align: 64, dwarfAddressSpace: 0)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 262144, lowerBound: 0)
!105 = !{i32 2, !"Debug Info Version", i32 3}
!106 = !{i32 2, !"Dwarf Version", i32 4}
!107 = distinct !DISubprogram(name: "tp0_sys_exit_read", linkageName: "tp0_sys_exit_read", scope: !3, file: !3, line: 2, type: !108, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !111)
!108 = !DISubroutineType(types: !109)
!109 = !{!12, !110}
!110 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!111 = !{!112}
!112 = !DILocalVariable(name: "ctx", arg: 1, scope: !107, file: !3, line: 2, type: !110)
!113 = !DILocation(line: 2, scope: !107)
!114 = !DILocation(line: 2, column: 1, scope: !107)
!115 = !DILocation(line: 3, column: 2, scope: !107)
!116 = !DILocation(line: 4, column: 2, scope: !107)
!117 = !DILocation(line: 5, column: 2, scope: !107)
!118 = !DILocation(line: 6, column: 2, scope: !107)
!119 = distinct !DISubprogram(name: "tp1_sys_enter_read", linkageName: "tp1_sys_enter_read", scope: !3, file: !3, line: 8, type: !108, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !120)
!120 = !{!121}
!121 = !DILocalVariable(name: "ctx", arg: 1, scope: !119, file: !3, line: 8, type: !110)
!122 = !DILocation(line: 8, scope: !119)
!123 = !DILocation(line: 8, column: 1, scope: !119)
!124 = !DILocation(line: 9, column: 2, scope: !119)
!125 = !DILocation(line: 10, column: 2, scope: !119)
!126 = !DILocation(line: 11, column: 2, scope: !119)
